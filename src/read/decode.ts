/**
 * Bytes to text. The one place that knows about encodings:
 * UTF-8 (BOM stripped), UTF-16 with a BOM, and Windows-1252 as the fallback
 * for invalid UTF-8 (Node 20's own windows-1252 decoder is wrong; iconv-lite is not).
 */
import iconv from 'iconv-lite';

export interface Decoded {
  text: string;
  /** Set when the bytes were not UTF-8 and Windows-1252 was used. */
  fallback: { offset: number; line: number; byte: number } | null;
  /** Set when the bytes are not text at all. */
  binary: string | null;
}

const utf8 = new TextDecoder('utf-8', { fatal: true });

/**
 * Decode a file's bytes and normalise line endings (CRLF and CR become LF).
 * @param bytes the file's content
 */
export function decode(bytes: Uint8Array): Decoded {
  let text: string;
  let fallback: Decoded['fallback'] = null;
  if (bytes[0] === 0xff && bytes[1] === 0xfe) {
    text = iconv.decode(Buffer.from(bytes.subarray(2)), 'utf-16le');
  } else if (bytes[0] === 0xfe && bytes[1] === 0xff) {
    text = iconv.decode(Buffer.from(bytes.subarray(2)), 'utf-16be');
  } else {
    const body = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? bytes.subarray(3) : bytes;
    const nul = body.indexOf(0);
    if (nul !== -1) {
      return {
        text: '',
        fallback: null,
        binary: looksLikeUtf16(body) ? 'UTF-16 text without a byte-order mark' : `a NUL byte at offset ${nul}`,
      };
    }
    try {
      text = utf8.decode(body);
    } catch {
      const offset = firstInvalidUtf8(body);
      fallback = { offset, line: lineAt(body, offset), byte: body[offset] ?? 0 };
      text = iconv.decode(Buffer.from(body), 'windows-1252');
    }
  }
  if (/[\0-\x08\x0e-\x1f]/.test(text.slice(0, 4096).replace(/\x1b/g, ''))) {
    return { text: '', fallback: null, binary: 'control characters' };
  }
  return { text: text.replace(/\r\n?/g, '\n'), fallback, binary: null };
}

/** Every other byte NUL: UTF-16 text whose byte-order mark is missing. */
function looksLikeUtf16(bytes: Uint8Array): boolean {
  const sample = bytes.subarray(0, 512);
  let even = 0;
  let odd = 0;
  for (let i = 0; i < sample.length; i++) {
    if (sample[i] !== 0) continue;
    if (i % 2 === 0) even++;
    else odd++;
  }
  const half = sample.length / 2;
  return even > half * 0.6 || odd > half * 0.6;
}

/** Offset of the first byte that breaks UTF-8. */
function firstInvalidUtf8(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i]!;
    const need = b < 0x80 ? 0 : b >= 0xc2 && b <= 0xdf ? 1 : b >= 0xe0 && b <= 0xef ? 2 : b >= 0xf0 && b <= 0xf4 ? 3 : -1;
    if (need < 0) return i;
    for (let k = 1; k <= need; k++) {
      const c = bytes[i + k];
      if (c === undefined || (c & 0xc0) !== 0x80) return i;
    }
    i += need + 1;
  }
  return Math.max(0, bytes.length - 1);
}

/** 1-based line number of a byte offset. */
function lineAt(bytes: Uint8Array, offset: number): number {
  let line = 1;
  for (let i = 0; i < offset; i++) if (bytes[i] === 0x0a) line++;
  return line;
}

/**
 * A word-level diff of two texts, by jsdiff (`diff`), for the story pages:
 * what a copy deleted from the reference's words and what it inserted.
 * Curly and straight quotes and the dashes count as the same character, so a
 * copy that only retyped its punctuation shows no change; the texts shown are
 * the originals.
 */
import { diffWords } from 'diff';

/** One run of a diff: words both texts hold, or words only the reference or only the copy holds. */
export interface DiffPart {
  op: 'same' | 'del' | 'ins';
  text: string;
}

/**
 * Quotes and dashes made plain, one character for one, so that offsets stay those of the original.
 * @param text any text
 */
export function plain(text: string): string {
  return text
    .replace(/[‘’‚‛′]/g, "'")
    .replace(/[“”„‟″]/g, '"')
    .replace(/[‐‑‒–—―−]/g, '-');
}

/**
 * The word-level diff of a reference text and a copy's.
 * @param reference the reference's text
 * @param copy the copy's text
 * @returns runs in reading order; `same` runs show the copy's text
 */
export function wordDiff(reference: string, copy: string): DiffPart[] {
  const out: DiffPart[] = [];
  let r = 0;
  let c = 0;
  for (const change of diffWords(plain(reference), plain(copy))) {
    const length = change.value.length;
    let part: DiffPart;
    if (change.removed) {
      part = { op: 'del', text: reference.slice(r, r + length) };
      r += length;
    } else if (change.added) {
      part = { op: 'ins', text: copy.slice(c, c + length) };
      c += length;
    } else {
      part = { op: 'same', text: copy.slice(c, c + length) };
      r += length;
      c += length;
    }
    const last = out.at(-1);
    if (last && last.op === part.op) last.text += part.text;
    else out.push(part);
  }
  return out;
}

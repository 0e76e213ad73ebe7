/**
 * The corpus's fixed validation split: a record is in validation when the
 * first hex digit of the SHA-1 of its URL's host (lower case, `www.` removed;
 * the file name where there is no URL) is 0, 1 or 2, else in training. Pages
 * of one site fall on one side, so validation measures sites the rules and the
 * model were not fitted to.
 */
import { createHash } from 'node:crypto';

export type Split = 'train' | 'validation';

/**
 * The key a record is split by: its URL's host, or its file name.
 * @param url the record's URL, or null
 * @param file its file name
 */
export function splitKey(url: string | null | undefined, file: string): string {
  if (url) {
    try {
      return new URL(url).hostname.toLowerCase().replace(/^www\./, '');
    } catch {
      // not a URL: fall back to the file name
    }
  }
  return file;
}

/**
 * Which side of the split a record is on.
 * @param url the record's URL, or null
 * @param file its file name
 */
export function splitOf(url: string | null | undefined, file: string): Split {
  const digit = createHash('sha1').update(splitKey(url, file)).digest('hex')[0]!;
  return '012'.includes(digit) ? 'validation' : 'train';
}

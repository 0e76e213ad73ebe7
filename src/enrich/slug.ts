/**
 * Slugs and article URLs.
 *
 * An article's URL depends only on its own file: the headline's words plus a
 * short hash of the file's path inside the input folder. Adding, removing or
 * renaming *other* articles never changes it, and two copies of one syndicated
 * story with the same headline still get two addresses.
 *
 *   "Putin visits Russian troops"  +  agency/putin.txt  ->  putin-visits-russian-troops-1a2b3c
 *   "東京の天気"  (no Latin letters)                       ->  article-4d5e6f
 */
import { createHash } from 'node:crypto';

export const SLUG_PATTERN = /^[a-z0-9]+(-[a-z0-9]+)*$/;
export const MAX_SLUG = 80;
const HASH_LENGTH = 6;

const SPECIAL: Record<string, string> = {
  ß: 'ss',
  æ: 'ae',
  Æ: 'ae',
  œ: 'oe',
  Œ: 'oe',
  ø: 'o',
  Ø: 'o',
  ł: 'l',
  Ł: 'l',
  đ: 'd',
  Đ: 'd',
  ð: 'd',
  þ: 'th',
  ı: 'i',
  '&': ' and ',
};

/**
 * Lower-case ASCII words joined by hyphens, at most `max` characters, cut at a word boundary.
 * @param text any text
 * @param max the longest result
 * @returns the slug, possibly empty when the text has no Latin letters or digits
 */
export function slugify(text: string, max = MAX_SLUG): string {
  const ascii = text
    .replace(/[ßæÆœŒøØłŁđĐðþı&]/g, (c) => SPECIAL[c] ?? c)
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/['’‘`]/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  if (ascii.length <= max) return ascii;
  const cut = ascii.slice(0, max + 1);
  const boundary = cut.lastIndexOf('-');
  return (boundary > 0 ? cut.slice(0, boundary) : ascii.slice(0, max)).replace(/-+$/, '');
}

/** A short, stable hash of a string, in hex. */
export function shortHash(text: string, length = HASH_LENGTH): string {
  return createHash('sha256').update(text).digest('hex').slice(0, length);
}

/**
 * The slug of an article: its headline's words and a hash of its own path.
 * @param headline the article's headline
 * @param relPath the file's path relative to the input folder
 */
export function articleSlug(headline: string, relPath: string): string {
  const words = slugify(headline, MAX_SLUG - HASH_LENGTH - 1) || 'article';
  return `${words}-${shortHash(relPath)}`;
}

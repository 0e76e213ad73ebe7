import { describe, expect, it } from 'vitest';
import { articleSlug, MAX_SLUG, SLUG_PATTERN, slugify } from '../../src/enrich/slug.js';

describe('slugs', () => {
  it.each([
    ['Putin visits Russian troops', 'putin-visits-russian-troops'],
    ['Express & Star', 'express-and-star'],
    ['Crème brûlée: Zoë’s “best” recipe!', 'creme-brulee-zoes-best-recipe'],
    ['Straße in Łódź', 'strasse-in-lodz'],
    ['  --  ', ''],
    ['東京の天気', ''],
  ])('slugify(%j) = %j', (text, slug) => {
    expect(slugify(text)).toBe(slug);
  });

  it('cuts long headlines at a word boundary', () => {
    const slug = slugify('word '.repeat(50), 20);
    expect(slug).toBe('word-word-word-word');
  });

  it('gives every article a safe slug of at most 80 characters, even without Latin letters', () => {
    for (const headline of [
      '東京の天気',
      '🔥🔥🔥',
      'a'.repeat(300),
      'Putin visits Russian troops in Ukraine as G7 leaders vow to ‘intensify sanctions’ on Moscow',
    ]) {
      const slug = articleSlug(headline, 'x.txt');
      expect(slug).toMatch(SLUG_PATTERN);
      expect(slug.length).toBeLessThanOrEqual(MAX_SLUG);
    }
    expect(articleSlug('東京の天気', 'x.txt')).toMatch(/^article-[0-9a-f]{6}$/);
  });

  it('depends only on the headline and the file’s own path', () => {
    expect(articleSlug('Same headline', 'a.txt')).toBe(articleSlug('Same headline', 'a.txt'));
    expect(articleSlug('Same headline', 'a.txt')).not.toBe(articleSlug('Same headline', 'b.txt'));
  });
});

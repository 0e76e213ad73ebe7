import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { DIGIT, LETTER, LOWER, SPACE, UPPER, classOf } from '../../src/parse/char-class.js';
import { endsSentence, gluedWords, isProse, isTitleCase, isTitleLike } from '../../src/parse/shape.js';
import { afterTrail, isBreadcrumb } from '../../src/parse/rules/headline.js';

describe('line shape', () => {
  it.each([
    ['G7 leaders ramp up pressure', true],
    ['What happens next?', true],
    ['He denied it.', false],
    ['and then it rained', false],
    ['A very long line that goes on and on well past the point where any subheading would have stopped', false],
  ])('isTitleLike(%j) is %s', (text, expected) => {
    expect(isTitleLike(text)).toBe(expected);
  });

  it.each([
    ['Express & Star', true],
    ['The New York Times', true],
    ['Ad sales boost Time Warner profit', false],
    ['Le Monde', true],
  ])('isTitleCase(%j) is %s', (text, expected) => {
    expect(isTitleCase(text)).toBe(expected);
  });

  it.each([
    ['“We will win,” he said.', true],
    ['He said “no.”', true],
    ['Russia Ukraine Putin', false],
  ])('endsSentence(%j) is %s', (text, expected) => {
    expect(endsSentence(text)).toBe(expected);
  });

  it('tells prose from labels', () => {
    expect(isProse('The council met on Monday and agreed the plan.')).toBe(true);
    expect(isProse('Russia China')).toBe(false);
  });
});

describe('breadcrumbs above a headline', () => {
  it.each(['Home/Entertainment', 'Home > News > World', 'News › Politics › Europe', 'Sport » Football » Premier League'])(
    '%j is a breadcrumb',
    (text) => expect(isBreadcrumb(text)).toBe(true),
  );
  it.each(['AC/DC announce a farewell tour', 'Either/Or', 'Prices rise 5% > inflation, says the bank.'])('%j is not', (text) =>
    expect(isBreadcrumb(text)).toBe(false),
  );
});

describe('a breadcrumb trail printed on the headline’s line', () => {
  it.each([
    ['Home > News > Latest News > Georgian opposition threatens mass demo', 'Georgian opposition threatens mass demo'],
    ['Home › What are HR Services? › 15 Best HR Consulting Firms', '15 Best HR Consulting Firms'],
    ['Paper Trails > Best Practices for Paid Leave', 'Best Practices for Paid Leave'],
    ['Why 5 > 3 in the new maths of schools', null],
    ['Storm closes mountain pass', null],
    ['News › Politics › Europe', null],
    ['Experts say the market > the state when it comes to pricing', null],
  ])('%j -> %j', (text, headline) => expect(afterTrail(text)).toBe(headline));
});

describe('words run together', () => {
  it('counts a lower-case letter running into a capital, as /\\p{Ll}\\p{Lu}/gu does, in any script', () => {
    const cases = [
      'NewsSportWeather',
      'iPhone',
      'plain words',
      'ÉcoleÉté',
      'déjàVu',
      'ΑθήναΣπάρτη',
      'aΣ',
      'ǅungla',
      'x𝐀y',
      '𝐚𝐀',
      'ßẞ',
      'a\ud800B',
      'ABC',
      '',
    ];
    for (const text of cases) expect(gluedWords(text), text).toBe(text.match(/\p{Ll}\p{Lu}/gu)?.length ?? 0);
    expect(gluedWords('NewsSportWeather')).toBe(2);
    expect(gluedWords('déjàVu')).toBe(1);
    expect(gluedWords('𝐚𝐀')).toBe(1); // mathematical bold letters, outside the 16-bit range
  });
});

describe('character classes', () => {
  it('gives every UTF-16 code unit the classes the \\p{} expressions give it', () => {
    const tests: Array<[number, RegExp]> = [
      [LETTER, /\p{L}/u],
      [UPPER, /\p{Lu}/u],
      [LOWER, /\p{Ll}/u],
      [DIGIT, /\p{N}/u],
      [SPACE, /\s/u],
    ];
    const wrong: string[] = [];
    for (let c = 0; c < 0x10000; c++) {
      const ch = String.fromCharCode(c);
      for (const [bit, re] of tests) if (((classOf(c) & bit) !== 0) !== re.test(ch)) wrong.push(`${c.toString(16)} ${re}`);
    }
    expect(wrong).toEqual([]);
  });
});

describe('title case, read in place', () => {
  /** The definition isTitleCase is written to: split on white space, minor words skipped, the rest capitalised. */
  function byDefinition(text: string): boolean {
    const minor = new Set(
      'a an and as at but by de del der di du en for from in into la le nor of on or per the to van via von with y & - – — |'.split(
        ' ',
      ),
    );
    let significant = 0;
    for (const word of text.trim().split(/\s+/)) {
      if (minor.has(word.toLowerCase())) continue;
      if (!/^["'“‘(]?[\p{Lu}\p{N}]/u.test(word)) return false;
      significant++;
    }
    return significant > 0;
  }
  const pieces = [
    'The',
    'of',
    'OF',
    'New',
    'york',
    'York',
    '&',
    '—',
    '“Quoted',
    '"',
    '(',
    '((A',
    '9',
    'İstanbul',
    'İİİİ',
    '𝐀bc',
    '𝐚bc',
    'été',
    'Été',
    'ǅ',
    '\ud800',
    ' ',
    '  ',
    '\u00a0',
    '\u2003',
    '\t',
    '',
  ];

  it.each(['', ' ', '"', '((A', '"A', 'İİİİ of', '𝐀bc Def', 'The Of', 'Of The', 'ÉCOLE Été', '\u00a0A\u2003B', 'a', '9 To 5'])(
    'isTitleCase(%j) is what the definition says',
    (text) => expect(isTitleCase(text)).toBe(byDefinition(text)),
  );

  test.prop([fc.array(fc.constantFrom(...pieces), { maxLength: 8 })])('agrees with the definition on any line', (parts) => {
    const text = parts.join(' ');
    expect(isTitleCase(text)).toBe(byDefinition(text));
  });
});

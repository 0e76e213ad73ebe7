import { describe, expect, it } from 'vitest';
import { endsSentence, gluedWords, isProse, isTitleCase, isTitleLike } from '../../src/parse/shape.js';
import { isBreadcrumb } from '../../src/parse/rules/headline.js';

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

import { describe, expect, it } from 'vitest';
import { endsSentence, isProse, isTitleCase, isTitleLike } from '../../src/parse/shape.js';
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

import { describe, expect, it } from 'vitest';
import { bodyF1, pageCounts, predictedText, shingleBag } from '../../src/eval/body-f1.js';
import { splitKey, splitOf } from '../../src/eval/split.js';
import type { ArticleRecord } from '../../src/types.js';

describe('body_f1 (the corpus README, after the scrapinghub benchmark)', () => {
  it('makes 4-token shingles of \\w+ tokens, one shingle for a short text, none for an empty one', () => {
    expect([...shingleBag('The cat sat on the mat.').keys()]).toEqual(['The cat sat on', 'cat sat on the', 'sat on the mat']);
    expect([...shingleBag('Hello, world').entries()]).toEqual([['Hello world', 1]]);
    expect(shingleBag('  —  ').size).toBe(0);
    // No case folding: these are different shingles.
    expect(pageCounts('A b c d', 'a b c d')).toEqual({ tp: 0, fp: 0.5, fn: 0.5 });
  });

  it('counts shared, predicted-only and gold-only shingles with multiplicity, divided by their sum', () => {
    // predicted: w1..w6 -> 3 shingles; gold: w1..w5 -> 2 shingles, both in predicted.
    expect(pageCounts('w1 w2 w3 w4 w5 w6', 'w1 w2 w3 w4 w5')).toEqual({ tp: 2 / 3, fp: 1 / 3, fn: 0 });
    expect(pageCounts('a b c d a b c d', 'a b c d')).toEqual({ tp: 1 / 5, fp: 4 / 5, fn: 0 });
  });

  it('averages precision and recall over the pages that have them, then takes their F1', () => {
    const perfect = pageCounts('one two three four five', 'one two three four five');
    const empty = pageCounts('', 'one two three four five');
    const score = bodyF1([perfect, empty]);
    // The empty prediction has no precision to average, and lowers recall only.
    expect(score.precision).toBe(1);
    expect(score.recall).toBe(0.5);
    expect(score.f1).toBeCloseTo(2 / 3, 10);
    expect(score.pages).toBe(2);
  });

  it('reads the standfirst and text blocks of a record, and for page-text golds its headline, byline and date first', () => {
    const record = {
      headline: 'Headline here',
      byline: null,
      authors: ['Jane Doe'],
      date: '2024-03-05',
      standfirst: 'A standfirst.',
      body: [
        { type: 'paragraph', text: 'First.' },
        { type: 'figure', caption: 'A caption', credit: null, alt: null },
        { type: 'subheading', text: 'Sub' },
        { type: 'code', text: 'x = 1' },
      ],
    } as unknown as ArticleRecord;
    expect(predictedText(record, false)).toBe('A standfirst.\nFirst.\nSub\nx = 1');
    expect(predictedText(record, true)).toBe('Headline here\nJane Doe\n2024-03-05\nA standfirst.\nFirst.\nSub\nx = 1');
  });
});

describe('the validation split', () => {
  it("keys a record by its URL's host, lower case and without www., else by its file name", () => {
    expect(splitKey('https://www.Example.com/news/1', 'x.txt')).toBe('example.com');
    expect(splitKey(null, 'bbc__business_001.txt')).toBe('bbc__business_001.txt');
    expect(splitKey('not a url', 'y.txt')).toBe('y.txt');
  });

  it('puts a key in validation when the first hex digit of its SHA-1 is 0, 1 or 2', () => {
    expect(splitOf('https://example.com/a', 'x')).toBe('validation'); // sha1 starts with 0
    expect(splitOf('https://www.apnews.com/b', 'x')).toBe('validation'); // 1
    expect(splitOf('https://www.bbc.co.uk/c', 'x')).toBe('train'); // 6
    expect(splitOf(null, 'bbc__business_001.txt')).toBe('train'); // 5
  });
});

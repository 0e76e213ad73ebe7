import { describe, expect, it } from 'vitest';
import { parseText } from '../../src/parse/text.js';

const outletOf = (text: string) => parseText(text, 'a.txt', 0, {}).outlet;

describe('the masthead of a plain text', () => {
  it('takes a short Title Case first line above a longer headline', () => {
    const text =
      'Valley Ledger\n\nStorm closes mountain pass\n\nA mountain pass that links two valleys stayed closed on Tuesday.';
    expect(outletOf(text)).toBe('Valley Ledger');
  });

  it('does not take a label above an image placeholder', () => {
    const text =
      'Image\n[media_1e3046f523db]\nImage Credit\nAna Ruiz / Getty Images\n\nA mountain pass that links two valleys stayed closed on Tuesday.';
    expect(outletOf(text)).toBeNull();
  });
});

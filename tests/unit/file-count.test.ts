import { describe, expect, it } from 'vitest';
import { fileCountNote } from '../../src/cli.js';

describe('the file-count note', () => {
  it('is said only above the smallest common host limit (Cloudflare Pages free: 20,000 files)', () => {
    expect(fileCountNote(20_000)).toBeNull();
    expect(fileCountNote(52_659)).toBe(
      "Note: the site is 52,659 files; Cloudflare Pages' free plan takes at most 20,000 per deployment. Check your host's limits before you upload it.",
    );
  });
});

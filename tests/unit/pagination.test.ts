import { describe, expect, it } from 'vitest';
import { pageWindow, paginate } from '../../src/render/pagination.js';

describe('pagination', () => {
  it('links every page of a short listing', () => {
    expect(pageWindow(1, 1)).toEqual([1]);
    expect(pageWindow(3, 5)).toEqual([1, 2, 3, 4, 5]);
  });

  it('links the first, the last and two on each side of the current page, with gaps between', () => {
    expect(pageWindow(1, 100)).toEqual([1, 2, 3, null, 100]);
    expect(pageWindow(50, 100)).toEqual([1, null, 48, 49, 50, 51, 52, null, 100]);
    expect(pageWindow(100, 100)).toEqual([1, null, 98, 99, 100]);
    expect(pageWindow(4, 100)).toEqual([1, 2, 3, 4, 5, 6, null, 100]);
  });

  it('keeps the number of links per page flat however long the listing grows', () => {
    for (const total of [10, 1_000, 100_000]) {
      const longest = Math.max(...[1, 2, Math.floor(total / 2), total].map((n) => pageWindow(n, Math.max(total, n)).length));
      expect(longest, `${total} pages`).toBeLessThanOrEqual(9);
    }
  });

  it('gives each page its address, its neighbours and its window', () => {
    const pages = paginate(
      Array.from({ length: 95 }, (_, i) => i),
      10,
      '/outlets/x/',
    );
    expect(pages).toHaveLength(10);
    const fifth = pages[4]!.pagination;
    expect(fifth).toMatchObject({
      url: '/outlets/x/page/5/',
      current: 5,
      total: 10,
      prev: '/outlets/x/page/4/',
      next: '/outlets/x/page/6/',
    });
    expect(fifth.pages.map((p) => (p.gap ? '…' : p.number))).toEqual([1, '…', 3, 4, 5, 6, 7, '…', 10]);
    expect(pages[0]!.pagination.pages[0]).toEqual({ number: 1, url: '/outlets/x/', current: true, gap: false });
  });
});

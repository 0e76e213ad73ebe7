/**
 * Work spread over the cores: results in the items' order, or null (do it here) when not worth it or a worker fails.
 */
import { describe, expect, it } from 'vitest';
import { inWorkers, workerCount } from '../../src/workers.js';

const script = new URL('../fixtures/workers/double.js', import.meta.url);

describe('inWorkers', () => {
  it('answers every item in order, across the workers, and tells its progress', async () => {
    const items = Array.from({ length: 101 }, (_, i) => i);
    let progress = 0;
    const results = await inWorkers<number, number>(script, items, 10, (n) => (progress = Math.max(progress, n)));
    if (workerCount() < 2) return expect(results).toBeNull();
    expect(results).toEqual(items.map((n) => n * 2));
    expect(progress).toBe(101);
  });

  it('says null when the items are too few to be worth a worker', async () => {
    expect(await inWorkers<number, number>(script, [1, 2, 3], 10)).toBeNull();
  });

  it('says null when a worker fails, so the caller does the work itself', async () => {
    const items = Array.from({ length: 40 }, (_, i) => (i === 35 ? -1 : i));
    expect(await inWorkers<number, number>(script, items, 10)).toBeNull();
  });

  it('takes its number of workers from NEWS_ARCHIVE_WORKERS, else the cores', () => {
    expect(workerCount({ NEWS_ARCHIVE_WORKERS: '3' })).toBe(3);
    expect(workerCount({ NEWS_ARCHIVE_WORKERS: 'many' })).toBeGreaterThanOrEqual(1);
  });
});

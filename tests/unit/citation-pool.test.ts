import { describe, expect, it } from 'vitest';
import { CacheNamespace } from '../../src/cache/store.js';
import { citationCacheKey, cslItem, formatCitations, type Citations, type CitableArticle } from '../../src/render/citation.js';
import { prepareCitations } from '../../src/render/citation-pool.js';
import { workerCount } from '../../src/workers.js';
import type { SiteConfig } from '../../src/types.js';

const SITE: SiteConfig = {
  title: 'T',
  description: '',
  language: 'en',
  basePath: '/',
  origin: 'https://a.example',
  pageSize: 20,
};

function item(i: number) {
  const article: CitableArticle = {
    headline: `Story number ${i}`,
    authors: [{ name: i % 2 ? 'Jane Doe' : 'Ludwig van Beethoven' }],
    byline: null,
    outlet: { name: 'The Ledger' },
    agency: null,
    date: `2024-0${1 + (i % 9)}-1${i % 10}`,
    originalUrl: null,
    retrieved: null,
    absoluteUrl: `https://a.example/articles/story-${i}/`,
  };
  return cslItem(article, `k${i}`, SITE);
}

const prepared = (item: ReturnType<typeof cslItem>) => ({ item, cacheKey: citationCacheKey(item) });

describe('citations in worker threads', () => {
  it('formats a cold build’s citations on every core, the same as formatting them here', async () => {
    const items = Array.from({ length: 240 }, (_, i) => item(i));
    const cache = new CacheNamespace<Citations>(null);
    const made = await prepareCitations(items.map(prepared), cache);
    expect(made).toBe(workerCount() >= 2 ? 240 : 0);
    if (made === 0) return; // one core: nothing to spread
    for (const i of [0, 117, 239]) {
      // What the workers made is in the cache under the item's key, and is what formatting here makes.
      const fromWorker = cache.get(citationCacheKey(items[i]!), () => {
        throw new Error(`item ${i} was not formatted in a worker`);
      });
      expect(fromWorker).toEqual(formatCitations(items[i]!));
    }
    expect(cache.misses).toBe(240);
    expect(cache.hits).toBe(0);
  });

  it('formats a few misses (an edited article) on this thread, into the cache', async () => {
    const cache = new CacheNamespace<Citations>(null);
    expect(await prepareCitations([prepared(item(1)), prepared(item(2))], cache)).toBe(0);
    expect(cache.has(citationCacheKey(item(2)))).toBe(true);
    expect(cache.get(citationCacheKey(item(2)), () => formatCitations(item(0)))).toEqual(formatCitations(item(2)));
    expect(cache.misses).toBe(2);
  });
});

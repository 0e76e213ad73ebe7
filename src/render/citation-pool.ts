/**
 * Cold citations on every core: the items the build cache does not hold are
 * formatted by worker threads (citation-worker.js), as many as the machine has
 * cores (or `NEWS_ARCHIVE_WORKERS`), each taking an equal share; what they
 * make goes into the cache, where the render stage then finds it. A few
 * misses (an edited article) are not worth starting a worker for: they are
 * formatted here, on the main thread, as are all when a worker fails.
 */
import type { CacheNamespace } from '../cache/store.js';
import { inWorkers } from '../workers.js';
import { formatCitationsMany, type Citations, type CslItem, type PreparedItem } from './citation.js';

/** Fewer misses than this per worker are formatted on the main thread. */
const MIN_FOR_WORKERS = 200;

/**
 * Format the citations the cache does not hold yet, in worker threads when there are enough.
 * @param items every article's CSL-JSON item and cache key
 * @param cache the citations' cache namespace
 * @returns how many were formatted in workers
 */
export async function prepareCitations(items: readonly PreparedItem[], cache: CacheNamespace<Citations>): Promise<number> {
  const missing = new Map<string, CslItem>();
  for (const { item, cacheKey } of items) if (!cache.has(cacheKey)) missing.set(cacheKey, item);
  const keys = [...missing.keys()];
  const list = [...missing.values()];
  // A worker that cannot start or fails costs time, never the build: they are formatted here instead.
  const results = await inWorkers<CslItem, Citations>(new URL('./citation-worker.js', import.meta.url), list, MIN_FOR_WORKERS);
  const made = results ?? formatCitationsMany(list);
  keys.forEach((key, i) => cache.put(key, made[i]!));
  return results ? missing.size : 0;
}

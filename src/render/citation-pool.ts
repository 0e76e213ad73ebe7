/**
 * Cold citations on every core: the items the build cache does not hold are
 * formatted by worker threads (citation-worker.js), as many as the machine has
 * cores (or `NEWS_ARCHIVE_WORKERS`), each taking an equal share; what they
 * make goes into the cache, where the render stage then finds it. A few
 * misses (an edited article) are not worth starting a worker for: the render
 * stage formats those itself.
 */
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import type { CacheNamespace } from '../cache/store.js';
import type { Citations, CslItem, PreparedItem } from './citation.js';

/** Fewer misses than this are formatted in the render stage itself. */
const MIN_FOR_WORKERS = 200;

/**
 * How many worker threads a build may use: `NEWS_ARCHIVE_WORKERS`, else the machine's cores.
 * @param env the environment
 */
export function workerCount(env: NodeJS.ProcessEnv = process.env): number {
  const asked = Number(env['NEWS_ARCHIVE_WORKERS']);
  return Number.isInteger(asked) && asked >= 1 ? asked : availableParallelism();
}

/**
 * Format, in worker threads, the citations the cache does not hold yet.
 * @param items every article's CSL-JSON item and cache key
 * @param cache the citations' cache namespace
 * @returns how many were formatted in workers
 */
export async function prepareCitations(items: readonly PreparedItem[], cache: CacheNamespace<Citations>): Promise<number> {
  const missing = new Map<string, CslItem>();
  for (const { item, cacheKey } of items) if (!cache.has(cacheKey)) missing.set(cacheKey, item);
  const workers = Math.min(workerCount(), Math.ceil(missing.size / MIN_FOR_WORKERS));
  if (missing.size < MIN_FOR_WORKERS || workers < 2) return 0;
  const entries = [...missing];
  const share = Math.ceil(entries.length / workers);
  const parts = Array.from({ length: workers }, (_, i) => entries.slice(i * share, (i + 1) * share)).filter((p) => p.length);
  let results: Citations[][];
  try {
    results = await Promise.all(parts.map((part) => formatInWorker(part.map(([, item]) => item))));
  } catch {
    // A worker that cannot start or fails costs time, never the build: the render stage formats them itself.
    return 0;
  }
  parts.forEach((part, i) => part.forEach(([key], j) => cache.put(key, results[i]![j]!)));
  return missing.size;
}

function formatInWorker(items: CslItem[]): Promise<Citations[]> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(new URL('./citation-worker.js', import.meta.url));
    worker.once('message', (result: Citations[]) => {
      resolve(result);
      void worker.terminate();
    });
    worker.once('error', reject);
    worker.once('exit', (code) => code !== 0 && reject(new Error(`the citation worker stopped with exit code ${code}`)));
    worker.postMessage(items);
  });
}

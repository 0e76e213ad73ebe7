/**
 * Work spread over the machine's cores: a list of items cut into equal,
 * contiguous shares, one worker thread per share, each running a script that
 * answers a list of items with a list of results in the same order. Used for
 * the build's CPU-bound stages (parsing, formatting citations), which are
 * pure functions of their items, so the results are the same as computing
 * them on the main thread, in the same order.
 *
 * A worker script (plain JavaScript, loading the TypeScript it runs through
 * tsx as the CLI does) receives `items`, may post `{ done: n }` as it goes,
 * and ends by posting `{ results }`.
 */
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';

/**
 * How many worker threads a build may use: `NEWS_ARCHIVE_WORKERS`, else the machine's cores.
 * @param env the environment
 */
export function workerCount(env: NodeJS.ProcessEnv = process.env): number {
  const asked = Number(env['NEWS_ARCHIVE_WORKERS']);
  return Number.isInteger(asked) && asked >= 1 ? asked : availableParallelism();
}

/**
 * Run `script` over `items` in worker threads, or say it is not worth it.
 * @param script the worker script's URL
 * @param items what to work on (structured-cloneable)
 * @param minPerWorker the fewest items worth starting workers for, and about how many each worker should have at least
 *   (a worker takes a few hundred milliseconds to start)
 * @param onDone told how many items are done, across the workers
 * @returns the results in the items' order, or null when there are too few items, one core, or a worker failed
 *   (the caller then does the work itself, and meets any error there as it would have)
 */
export async function inWorkers<I, O>(
  script: URL,
  items: readonly I[],
  minPerWorker: number,
  onDone?: (done: number) => void,
): Promise<O[] | null> {
  const workers = Math.min(workerCount(), Math.ceil(items.length / minPerWorker));
  if (items.length < minPerWorker || workers < 2) return null;
  const share = Math.ceil(items.length / workers);
  const parts = Array.from({ length: workers }, (_, i) => items.slice(i * share, (i + 1) * share)).filter((p) => p.length);
  const done = parts.map(() => 0);
  const started: Worker[] = [];
  try {
    const results = await Promise.all(
      parts.map((part, i) =>
        runWorker<I, O>(script, part, started, (n) => {
          done[i] = n;
          onDone?.(done.reduce((a, b) => a + b, 0));
        }),
      ),
    );
    return results.flat();
  } catch {
    return null;
  } finally {
    // The others of a failed set are stopped too: their work is done again on the main thread.
    for (const worker of started) void worker.terminate();
  }
}

function runWorker<I, O>(script: URL, items: I[], started: Worker[], onDone: (done: number) => void): Promise<O[]> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(script);
    started.push(worker);
    worker.on('message', (message: { done: number } | { results: O[] }) => {
      if ('done' in message) return onDone(message.done);
      onDone(items.length);
      resolve(message.results);
    });
    worker.once('error', reject);
    worker.once('exit', (code) => code !== 0 && reject(new Error(`a worker stopped with exit code ${code}`)));
    worker.postMessage(items);
  });
}

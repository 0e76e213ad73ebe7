// Parses articles for the build's parse stage (src/parse/pool.ts) in a worker thread (src/workers.ts),
// so that a cold build parses on every core. The parsing itself is index.ts's, loaded through tsx as
// the CLI loads it; every article is parsed exactly as on the main thread.
import { parentPort } from 'node:worker_threads';
import { register } from 'tsx/esm/api';

register();
const { parseSource } = await import('./index.ts');

/** Tell the build how far this worker has got every so many articles (its progress bar). */
const EVERY = 100;

parentPort.on('message', (sources) => {
  const results = [];
  for (const source of sources) {
    const { record, extras, markdown } = parseSource(source);
    results.push({ record, extras, markdown });
    if (results.length % EVERY === 0) parentPort.postMessage({ done: results.length });
  }
  parentPort.postMessage({ results });
});

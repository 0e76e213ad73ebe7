// Formats citations for src/render/citation-pool.ts in a worker thread (src/workers.ts), so that
// a cold build's citeproc work (a few milliseconds an article) runs on every core.
// The formatting itself is citation.ts's, loaded through tsx as the CLI loads it.
import { parentPort } from 'node:worker_threads';
import { register } from 'tsx/esm/api';

register();
const { formatCitationsMany } = await import('./citation.ts');

parentPort.on('message', (items) => {
  parentPort.postMessage({ results: formatCitationsMany(items) });
});

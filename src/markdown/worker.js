// Parses Markdown for src/markdown/tree.ts in a worker thread, so that a
// pathological article can be stopped (time) and contained (memory, stack)
// without taking the build down. Plain JavaScript: it runs without tsx.
import { workerData } from 'node:worker_threads';
import remarkParse from 'remark-parse';
import { unified } from 'unified';

const { port, ready } = workerData;
const processor = unified().use(remarkParse);
// Loaded: the caller starts the article's clock now.
Atomics.store(ready, 0, 1);
Atomics.notify(ready, 0);

port.on('message', ({ markdown, signal }) => {
  let reply;
  try {
    reply = { tree: processor.parse(markdown) };
  } catch (error) {
    reply = { error: error instanceof Error ? `${error.name}: ${error.message}` : String(error) };
  }
  port.postMessage(reply);
  Atomics.store(signal, 0, 1);
  Atomics.notify(signal, 0);
});

/**
 * Markdown to an mdast tree, bounded: parsing runs in a worker thread with
 * limits on its memory and stack, and is abandoned after a time limit. Some
 * inputs make Markdown parsers slow (100,000 `[` take over a minute with
 * micromark); such an article becomes an error for its file, not a hung build.
 *
 * The call is synchronous (the caller blocks on Atomics.wait), so the parse and
 * render stages keep their simple shape. Shared by both stages; imports no stage.
 */
import { MessageChannel, receiveMessageOnPort, Worker, type MessagePort } from 'node:worker_threads';
import type { Root } from 'mdast';
import { MAX_MARKDOWN_DEPTH, markdownDepth } from './depth.js';

/** How long one article's Markdown may take to parse. */
export const MARKDOWN_TIME_LIMIT_MS = 10_000;
/**
 * How long the worker may take to start (load its modules), which is not the
 * article's time: on a busy machine starting a thread can take seconds.
 */
const WORKER_START_LIMIT_MS = 60_000;

/** Thrown when an article's Markdown cannot be parsed within the limits. */
export class MarkdownLimitError extends Error {
  override name = 'MarkdownLimitError';
}

let worker: Worker | null = null;
let port: MessagePort | null = null;

function start(): MessagePort {
  if (port) return port;
  const channel = new MessageChannel();
  const ready = new Int32Array(new SharedArrayBuffer(4));
  worker = new Worker(new URL('./worker.js', import.meta.url), {
    workerData: { port: channel.port2, ready },
    transferList: [channel.port2],
    resourceLimits: { maxOldGenerationSizeMb: 512, stackSizeMb: 8 },
  });
  worker.unref();
  worker.on('error', () => stop());
  port = channel.port1;
  // The article's time limit starts once the worker has loaded the parser.
  if (Atomics.wait(ready, 0, 0, WORKER_START_LIMIT_MS) === 'timed-out') {
    stop();
    throw new Error(`the Markdown worker did not start within ${WORKER_START_LIMIT_MS / 1000} s`);
  }
  return port;
}

function stop(): void {
  void worker?.terminate();
  port?.close();
  worker = null;
  port = null;
}

/**
 * Parse Markdown within limits.
 * @param markdown the Markdown text
 * @param timeLimitMs how long to wait
 * @throws MarkdownLimitError when it is nested too deeply, too slow, or breaks the parser
 */
export function markdownTree(markdown: string, timeLimitMs = MARKDOWN_TIME_LIMIT_MS): Root {
  const depth = markdownDepth(markdown);
  if (depth > MAX_MARKDOWN_DEPTH)
    throw new MarkdownLimitError(`it nests quotes or lists ${depth} levels deep (at most ${MAX_MARKDOWN_DEPTH})`);
  const channel = start();
  const signal = new Int32Array(new SharedArrayBuffer(4));
  channel.postMessage({ markdown, signal });
  const waited = Atomics.wait(signal, 0, 0, timeLimitMs);
  const reply = receiveMessageOnPort(channel)?.message as { tree?: Root; error?: string } | undefined;
  if (waited === 'timed-out' || !reply) {
    stop();
    throw new MarkdownLimitError(`its Markdown took longer than ${timeLimitMs / 1000} s to read`);
  }
  if (reply.error !== undefined || !reply.tree)
    throw new MarkdownLimitError(`its Markdown could not be read (${reply.error ?? 'no result'})`);
  return reply.tree;
}

/** Stop the worker (tests and the CLI call this when they are done). */
export function stopMarkdownWorker(): void {
  stop();
}

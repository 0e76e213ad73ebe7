/**
 * The parse stage on every core: the files the build cache does not hold are
 * parsed by worker threads (worker.js), one per core (or `NEWS_ARCHIVE_WORKERS`),
 * each taking an equal share of them in order. Parsing is a pure function of
 * the file, so a record made in a worker is the record the main thread makes.
 * A few files (an edit) are parsed on the main thread: a worker takes longer
 * to start than they take to parse.
 */
import type { ParsedArticle, SourceFile } from '../types.js';
import { inWorkers } from '../workers.js';

/** What the parse stage keeps of a parsed article (the source it has already). */
export type Parsed = Omit<ParsedArticle, 'source'>;

/** Fewer files than this per worker are parsed on the main thread. */
const MIN_FOR_WORKERS = 250;

/**
 * Parse files in worker threads.
 * @param sources the files to parse
 * @param onDone told how many are parsed so far
 * @returns their parses in order, or null when they are too few to spread (or a worker failed): parse them here
 */
export function parseInWorkers(sources: readonly SourceFile[], onDone?: (done: number) => void): Promise<Parsed[] | null> {
  return inWorkers<SourceFile, Parsed>(new URL('./worker.js', import.meta.url), sources, MIN_FOR_WORKERS, onDone);
}

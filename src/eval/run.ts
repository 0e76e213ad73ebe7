/**
 * `news-archive eval --corpus DIR`: parse every input of a corpus laid out as
 * `inputs/` plus `expected.jsonl`, score each record, and report accuracy per
 * field, overall and per source prefix (`bbc__x.txt` -> `bbc`), the files that
 * failed, and parse throughput.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { UsageError } from '../diagnostics/errors.js';
import { parseSource } from '../parse/index.js';
import { readSources } from '../read/index.js';
import type { ArticleRecord } from '../types.js';
import { FIELDS, scoreRecord, type Field, type FieldScore, type Gold } from './score.js';

/** How many timed passes over the corpus the throughput is the median of. */
const TIMED_PASSES = 5;

export interface EvalOptions {
  corpus: string;
  /** Print the failures of this field. */
  worst?: Field | undefined;
  /** How many failures to print. */
  limit: number;
  /** Only files whose name starts with this source prefix. */
  source?: string | undefined;
}

export interface EvalResult {
  /** field -> source -> [correct, scored] */
  table: Map<Field, Map<string, [number, number]>>;
  files: number;
  failed: string[];
  articlesPerSecond: number;
  failures: Array<{ file: string; score: FieldScore }>;
}

/**
 * Run the evaluation.
 * @param options corpus folder and what to print
 */
export async function evaluate(options: EvalOptions): Promise<EvalResult> {
  const expectedFile = path.resolve(options.corpus, 'expected.jsonl');
  const inputs = path.resolve(options.corpus, 'inputs');
  if (!existsSync(expectedFile) || !existsSync(inputs)) {
    throw new UsageError(`${options.corpus} is not a corpus folder: it needs inputs/ and expected.jsonl.`);
  }
  const golds = new Map<string, Gold>();
  for (const line of readFileSync(expectedFile, 'utf8').split('\n')) {
    if (line.trim() === '') continue;
    const gold = JSON.parse(line) as Gold;
    if (options.source === undefined || gold.file.startsWith(`${options.source}__`)) golds.set(gold.file, gold);
  }
  const read = await readSources([inputs], { cwd: inputs, maxFileSize: 5 * 1024 * 1024 });
  const sources = read.sources.filter((s) => golds.has(s.relPath));
  const failed = read.diagnostics.filter((d) => golds.has(d.file)).map((d) => d.file);

  // Throughput: parsing only, after a warm-up pass over the whole corpus (the page rules
  // are compiled only when pages come); the median of five timed passes, so that one or
  // two passes slowed by the machine do not move it.
  const records = new Map<string, ArticleRecord>();
  for (const s of sources) parseSource(s);
  const passes: number[] = [];
  for (let pass = 0; pass < TIMED_PASSES; pass++) {
    const start = performance.now();
    for (const s of sources) records.set(s.relPath, parseSource(s).record);
    passes.push((performance.now() - start) / 1000);
  }
  const seconds = passes.sort((a, b) => a - b)[Math.floor(TIMED_PASSES / 2)]!;

  const table = new Map<Field, Map<string, [number, number]>>(FIELDS.map((f) => [f, new Map()]));
  const failures: EvalResult['failures'] = [];
  for (const source of sources) {
    const record = records.get(source.relPath)!;
    if (!record.ok) failed.push(source.relPath);
    const prefix = source.relPath.split('__')[0]!;
    for (const score of scoreRecord(record, golds.get(source.relPath)!, source.text)) {
      for (const key of ['all', prefix]) {
        const cell = table.get(score.field)!.get(key) ?? [0, 0];
        cell[0] += score.ok ? 1 : 0;
        cell[1] += 1;
        table.get(score.field)!.set(key, cell);
      }
      if (!score.ok && score.field === options.worst) failures.push({ file: source.relPath, score });
    }
  }
  return { table, files: sources.length, failed: failed.sort(), articlesPerSecond: sources.length / seconds, failures };
}

/**
 * The report as text: one row per field, one column per source.
 * @param result what evaluate() returned
 * @param limit how many failures to show
 */
export function formatReport(result: EvalResult, limit: number): string {
  const sources = [
    'all',
    ...[...new Set([...result.table.values()].flatMap((m) => [...m.keys()]))].filter((s) => s !== 'all').sort(),
  ];
  const pct = (cell: [number, number] | undefined) => (cell ? `${((100 * cell[0]) / cell[1]).toFixed(1)}% (${cell[1]})` : '—');
  const width = 16;
  const lines = [['field'.padEnd(22), ...sources.map((s) => s.padStart(width))].join('')];
  for (const [field, bySource] of result.table) {
    if (bySource.size === 0) continue;
    lines.push([field.padEnd(22), ...sources.map((s) => pct(bySource.get(s)).padStart(width))].join(''));
  }
  lines.push('');
  lines.push(
    `files: ${result.files}; failed to parse: ${result.failed.length}${result.failed.length ? ` (${result.failed.slice(0, 10).join(', ')})` : ''}`,
  );
  lines.push(
    `throughput: ${Math.round(result.articlesPerSecond)} articles/s (parse only, one core, median of ${TIMED_PASSES} passes after a warm-up pass)`,
  );
  if (result.failures.length > 0) {
    lines.push('', `failures (${result.failures.length}; first ${Math.min(limit, result.failures.length)}):`);
    for (const { file, score } of result.failures.slice(0, limit)) {
      lines.push(`- ${file}`, `    expected: ${clip(score.expected)}`, `    got:      ${clip(score.got)}`);
    }
  }
  return lines.join('\n');
}

function clip(value: unknown): string {
  const text = typeof value === 'string' ? value : JSON.stringify(value);
  return text.length > 300 ? `${text.slice(0, 300)}…` : text;
}

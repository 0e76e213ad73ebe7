/**
 * `news-archive eval --corpus DIR`: parse every input of a corpus laid out as
 * `inputs/` plus `expected.jsonl`, score each record, and report accuracy per
 * field and body_f1, overall, for pages only (every source but the `bbc__`
 * plain-text files) and per source prefix (`bbc__x.txt` -> `bbc`), on the
 * training and validation splits side by side with the gap, the files that
 * failed, and parse throughput.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { UsageError } from '../diagnostics/errors.js';
import { parseSource } from '../parse/index.js';
import { readSources } from '../read/index.js';
import type { ArticleRecord } from '../types.js';
import { bodyF1, pageCounts, predictedText, type BodyF1, type PageCounts } from './body-f1.js';
import { FIELDS, scoreRecord, type Field, type FieldScore, type Gold } from './score.js';
import { splitOf, type Split } from './split.js';

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
  /** Which records the per-source table covers (default all). */
  split?: Split | 'all' | undefined;
}

/** The columns a record counts in: all, pages (not bbc), its source, each within its split and overall. */
export type Group = string;

export interface EvalResult {
  /** field -> column -> [correct, scored]; columns are `all`, `pages` and source prefixes, each also as `train:…` and `validation:…`. */
  table: Map<Field, Map<string, [number, number]>>;
  /** body_f1 per column, as the table's. */
  bodyF1: Map<string, BodyF1>;
  /** Which split the per-source table shows. */
  split: Split | 'all';
  files: number;
  failed: string[];
  articlesPerSecond: number;
  /** Pages (not plain text) parsed, and how many of them the parser named an outlet for, scored or not. */
  outlets: { pages: number; named: number };
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
  const counts = new Map<string, PageCounts[]>();
  const failures: EvalResult['failures'] = [];
  const outlets = { pages: 0, named: 0 };
  for (const source of sources) {
    const record = records.get(source.relPath)!;
    const gold = golds.get(source.relPath)!;
    if (!record.ok) failed.push(source.relPath);
    const prefix = source.relPath.split('__')[0]!;
    const split = splitOf(typeof gold['url'] === 'string' ? gold['url'] : null, source.relPath);
    const groups = ['all', prefix, ...(prefix === 'bbc' ? [] : ['pages'])];
    if (prefix !== 'bbc') {
      outlets.pages++;
      if (record.outlet !== null) outlets.named++;
    }
    const columns = groups.flatMap((g) => [g, `${split}:${g}`]);
    for (const score of scoreRecord(record, gold, source.text)) {
      for (const key of columns) {
        const cell = table.get(score.field)!.get(key) ?? [0, 0];
        cell[0] += score.ok ? 1 : 0;
        cell[1] += 1;
        table.get(score.field)!.set(key, cell);
      }
      if (!score.ok && score.field === options.worst && (options.split ?? 'all') !== (split === 'train' ? 'validation' : 'train'))
        failures.push({ file: source.relPath, score });
    }
    const goldBody = gold['body_paragraphs'];
    if ((gold.gold_fields ?? []).includes('body_f1') && Array.isArray(goldBody)) {
      const page = pageCounts(predictedText(record, gold['body_scope'] === 'page-text'), goldBody.join('\n'));
      for (const key of columns) {
        const list = counts.get(key);
        if (list) list.push(page);
        else counts.set(key, [page]);
      }
    }
  }
  return {
    table,
    bodyF1: new Map([...counts].map(([key, pages]) => [key, bodyF1(pages)])),
    split: options.split ?? 'all',
    files: sources.length,
    failed: failed.sort(),
    articlesPerSecond: sources.length / seconds,
    outlets,
    failures,
  };
}

/**
 * The report as text: the training and validation splits side by side with their gap
 * (all records and pages only), then one column per source for the chosen split.
 * @param result what evaluate() returned
 * @param limit how many failures to show
 */
export function formatReport(result: EvalResult, limit: number): string {
  const cells = (key: string) => ({
    f1: result.bodyF1.get(key),
    field: (field: Field) => result.table.get(field)!.get(key),
  });
  const pct = (cell: [number, number] | undefined) => (cell ? (100 * cell[0]) / cell[1] : null);
  const show = (value: number | null, n: number | undefined) => (value === null ? '—' : `${value.toFixed(1)} (${n})`);
  const f1 = (key: string) => {
    const b = cells(key).f1;
    return b ? { value: 100 * b.f1, n: b.pages } : null;
  };
  const rowsOf = (key: string) => [
    { name: 'body_f1', ...(f1(key) ?? { value: null, n: undefined }) },
    ...FIELDS.map((field) => {
      const cell = cells(key).field(field);
      return { name: field, value: pct(cell), n: cell?.[1] };
    }),
  ];
  const width = 16;
  const lines: string[] = [];

  // 1. Train against validation, with the gap.
  lines.push('split (percent correct; body_f1 x100; counts in brackets)');
  const header = ['field'.padEnd(22)];
  for (const group of ['all', 'pages'])
    header.push(...[`train ${group}`, `valid. ${group}`, 'gap'].map((h) => h.padStart(h === 'gap' ? 8 : width)));
  lines.push(header.join(''));
  const fields = rowsOf('all').map((r) => r.name);
  for (const name of fields) {
    const row = [name.padEnd(22)];
    let any = false;
    for (const group of ['all', 'pages']) {
      const train = rowsOf(`train:${group}`).find((r) => r.name === name)!;
      const valid = rowsOf(`validation:${group}`).find((r) => r.name === name)!;
      any ||= train.value !== null || valid.value !== null;
      const gap = train.value !== null && valid.value !== null ? (train.value - valid.value).toFixed(1) : '—';
      row.push(show(train.value, train.n).padStart(width), show(valid.value, valid.n).padStart(width), gap.padStart(8));
    }
    if (any) lines.push(row.join(''));
  }

  // 2. Per source, on the chosen split.
  const prefix = result.split === 'all' ? '' : `${result.split}:`;
  const sources = [
    'all',
    'pages',
    ...[...new Set([...[...result.table.values()].flatMap((m) => [...m.keys()]), ...result.bodyF1.keys()])]
      .filter((s) => !s.includes(':') && s !== 'all' && s !== 'pages')
      .sort(),
  ];
  lines.push('', `per source (${result.split === 'all' ? 'both splits' : `${result.split} split`})`);
  lines.push(['field'.padEnd(22), ...sources.map((s) => s.padStart(width))].join(''));
  for (const name of fields) {
    const values = sources.map((s) => rowsOf(`${prefix}${s}`).find((r) => r.name === name)!);
    if (values.every((v) => v.value === null)) continue;
    lines.push([name.padEnd(22), ...values.map((v) => show(v.value, v.n).padStart(width))].join(''));
  }
  const overall = result.bodyF1.get(`${prefix}all`);
  if (overall)
    lines.push(
      `body_f1 precision ${(100 * overall.precision).toFixed(1)}, recall ${(100 * overall.recall).toFixed(1)} over ${overall.pages} pages with a gold body`,
    );

  if (result.outlets.pages > 0)
    lines.push(
      `outlet named on ${result.outlets.named} of ${result.outlets.pages} pages (both splits; the table scores only those with a gold outlet)`,
    );

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

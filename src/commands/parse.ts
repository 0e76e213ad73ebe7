/**
 * `news-archive parse`: what the parser makes of articles, as JSON Lines
 * (`--json`, the record contract) or as a summary for people.
 */
import { formatDiagnostics } from '../diagnostics/format.js';
import { UsageError } from '../diagnostics/errors.js';
import { failedRecord, parseSource } from '../parse/index.js';
import { readSources } from '../read/index.js';
import type { ArticleRecord } from '../types.js';
import { existsSync } from 'node:fs';
import path from 'node:path';

export interface ParseCommandOptions {
  json: boolean;
  cwd: string;
  maxFileSize: number;
  verbose: boolean;
}

/**
 * Parse files and folders and print one record per file, in sorted order.
 * @param inputs files or folders
 * @param options output form and limits
 * @returns exit code: 0 when every file parsed, 1 otherwise
 */
export async function parseCommand(inputs: string[], options: ParseCommandOptions): Promise<number> {
  if (inputs.length === 0) throw new UsageError('Name the files or folders to parse, e.g. news-archive parse --json articles/');
  for (const input of inputs) {
    if (!existsSync(path.resolve(options.cwd, input))) throw new UsageError(`${input} does not exist.`);
  }
  const read = await readSources(inputs, options);
  const records: ArticleRecord[] = read.sources.map((s) => parseSource(s).record);
  for (const d of read.diagnostics) records.push(failedRecord(d.file, [d]));
  records.sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0));
  const out: string[] = [];
  for (const record of records) out.push(options.json ? JSON.stringify(record) : summary(record, options.verbose));
  process.stdout.write(out.join('\n') + (out.length ? '\n' : ''));
  return records.every((r) => r.ok) ? 0 : 1;
}

function summary(r: ArticleRecord, verbose: boolean): string {
  const count = (type: string) => r.body.filter((b) => b.type === type).length;
  const dash = (v: string | null) => v ?? '—';
  const lines = [r.file];
  if (r.ok) {
    lines.push(
      `  headline    ${r.headline}`,
      `  standfirst  ${dash(r.standfirst)}`,
      `  byline      ${dash(r.byline)}${r.authors.length ? `  (authors: ${r.authors.join('; ')})` : ''}`,
      `  outlet      ${dash(r.outlet)}`,
      `  agency      ${dash(r.agency)}`,
      `  date        ${dash(r.date)}`,
      `  dateline    ${dash(r.dateline)}`,
      `  tags        ${r.tags.length ? r.tags.join(', ') : '—'}`,
      `  body        ${count('paragraph')} paragraphs, ${count('subheading')} subheadings, ${count('quote')} quotes, ${count('figure')} figures, ${count('code')} code blocks`,
    );
  }
  const shown = r.diagnostics.filter((d) => verbose || d.severity !== 'info');
  if (shown.length)
    lines.push(
      ...formatDiagnostics(shown, 'text')
        .split('\n')
        .map((l) => `  ${l}`),
    );
  return lines.join('\n');
}

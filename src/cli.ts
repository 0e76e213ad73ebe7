/**
 * The `news-archive` command.
 *
 *   news-archive build  [--input DIR] [--output DIR] [--base-path /sub/] [--strict] [--format text|json]
 *   news-archive serve  [same as build] [--port 8080]
 *   news-archive parse  [--json] FILE|DIR...
 *
 * Exit codes (DESIGN.md): 0 done; 1 content errors; 2 usage or configuration; 70 internal error.
 */
import { existsSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs, type ParseArgsConfig } from 'node:util';
import { build, type BuildOptions } from './build.js';
import { formatDiagnostics } from './diagnostics/format.js';
import { ContentError, NewsArchiveError, UsageError } from './diagnostics/errors.js';
import { benchCommand } from './commands/bench.js';
import { parseCommand } from './commands/parse.js';
import { serveCommand } from './commands/serve.js';
import { StageProgress } from './commands/progress.js';
import { DEFAULT_MAX_FILE_SIZE } from './read/index.js';
import { loadConfig } from './config.js';
import { evaluate, formatReport } from './eval/run.js';
import { FIELDS, type Field } from './eval/score.js';
import type { Diagnostic } from './types.js';

const PACKAGE_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

const USAGE = `Usage: news-archive <command> [options]

Commands:
  build             Build the site from the articles (default: articles/ -> _site/)
  serve             Build, serve on http://127.0.0.1:8080 and rebuild on changes
  parse PATH...     Print what the parser makes of articles (--json for JSON Lines)
  eval --corpus DIR Score the parser against a corpus (inputs/ + expected.jsonl)
  train --corpus DIR
                    Learn the parser's line model from a corpus's training split
                    (writes src/parse/model/line-model.json; --out FILE elsewhere)
  bench             Build a synthetic archive and print time and memory per stage

Options:
  --input DIR       Folder of articles (default: articles)
  --output DIR      Folder the site is written to (default: _site)
  --base-path PATH  Serve the site under a sub-path, e.g. /archive/ (default: /)
  --site-url URL    Where the site is published, for feeds and canonical links
  --title TEXT      The site's title (default: News archive)
  --templates DIR   Nunjucks templates (default: templates/ here, else the bundled ones)
  --public DIR      Files copied as they are (default: public/ here, else the bundled ones)
  --max-file-size N Largest article file read, in bytes (default: ${DEFAULT_MAX_FILE_SIZE})
  --strict          Warnings fail the build too
  --no-cache        Build everything anew, without reading or writing the build cache
                    (node_modules/.cache/news-archive/)
  --verbose         Also print notes (what the parser dropped or guessed)
  --format FORMAT   Diagnostics as text (default) or json
  --json            (parse) Print one JSON record per file
  --port N          (serve) Port to listen on (default: 8080)
  --host ADDRESS    (serve) Address to listen on (default: 127.0.0.1, this computer only;
                    0.0.0.0 opens the server to the network)
  --corpus DIR      (eval) The corpus folder
  --worst FIELD     (eval) Also print the failures of one field, e.g. --worst headline
  --source PREFIX   (eval) Only files of one source, e.g. --source naeb
  --split SPLIT     (eval) The per-source table (and --worst) for train, validation or all
  --limit N         (eval) How many failures to print (default: 20)
  --out FILE        (train) Where the model is written
  --articles N      (bench) How many articles to generate (default: 10000)
  --runs N          (bench) How many rounds to take the medians of (default: 3)
  -h, --help        Show this help
`;

const OPTIONS = {
  input: { type: 'string' },
  output: { type: 'string' },
  out: { type: 'string' },
  'base-path': { type: 'string' },
  'site-url': { type: 'string' },
  title: { type: 'string' },
  templates: { type: 'string' },
  public: { type: 'string' },
  'max-file-size': { type: 'string' },
  strict: { type: 'boolean' },
  'no-cache': { type: 'boolean' },
  verbose: { type: 'boolean' },
  quiet: { type: 'boolean' },
  format: { type: 'string' },
  json: { type: 'boolean' },
  port: { type: 'string' },
  host: { type: 'string' },
  corpus: { type: 'string' },
  worst: { type: 'string' },
  source: { type: 'string' },
  split: { type: 'string' },
  limit: { type: 'string' },
  articles: { type: 'string' },
  runs: { type: 'string' },
  help: { type: 'boolean', short: 'h' },
} satisfies ParseArgsConfig['options'];

export type CliValues = ReturnType<typeof parseArgs<{ options: typeof OPTIONS; allowPositionals: true }>>['values'];

/**
 * Run the command line.
 * @param argv the arguments after `news-archive`
 * @param cwd the working folder
 * @returns the exit code
 */
/** Cloudflare Pages' free plan's limit of files per deployment, the smallest of the common static hosts'. */
const HOST_FILE_LIMIT = 20_000;

/**
 * A note for a site with more files than the smallest common host's limit, else null.
 * @param files how many files the site has
 */
export function fileCountNote(files: number): string | null {
  if (files <= HOST_FILE_LIMIT) return null;
  return `Note: the site is ${files.toLocaleString('en')} files; Cloudflare Pages' free plan takes at most ${HOST_FILE_LIMIT.toLocaleString('en')} per deployment. Check your host's limits before you upload it.`;
}

export async function main(argv: string[], cwd = process.cwd()): Promise<number> {
  let format: 'text' | 'json' = 'text';
  try {
    let parsed;
    try {
      parsed = parseArgs({ args: argv, options: OPTIONS, allowPositionals: true, strict: true });
    } catch (error) {
      throw new UsageError(`${error instanceof Error ? error.message : String(error)}\n\n${USAGE}`);
    }
    const { values, positionals } = parsed;
    const [command, ...rest] = positionals;
    if (values.help || command === 'help') {
      process.stdout.write(USAGE);
      return 0;
    }
    if (values.format !== undefined && values.format !== 'text' && values.format !== 'json') {
      throw new UsageError(`--format must be text or json, not "${values.format}".`);
    }
    format = values.format === 'json' ? 'json' : 'text';
    switch (command) {
      case 'build': {
        const summary = await build(buildOptions(values, rest, cwd, format));
        if (!values.quiet) {
          const skipped = summary.skipped.length
            ? `; ${summary.skipped.length} non-article files skipped: ${summary.skipped.slice(0, 5).join(', ')}${summary.skipped.length > 5 ? ', …' : ''}`
            : '';
          process.stderr.write(
            `${summary.upToDate ? 'Up to date:' : 'Published'} ${summary.articles} articles as ${summary.pages} pages ${summary.upToDate ? 'in' : 'to'} ${path.relative(cwd, summary.output) || summary.output} in ${(summary.ms / 1000).toFixed(2)} s ` +
              `(${summary.files} files, ${summary.written} written, ${summary.unchanged} unchanged)${skipped}\n`,
          );
          const copies = summary.stories.reduce((n, s) => n + s.copies, 0);
          process.stderr.write(
            `Stories: ${summary.stories.length} told in two or more copies (${copies} articles); every other article is a story of its own\n`,
          );
          // Static hosts cap a deployment's files; the smallest common cap is worth knowing before an upload fails.
          const note = fileCountNote(summary.files);
          if (note) process.stderr.write(`${note}\n`);
          if (values.verbose)
            for (const story of summary.stories.slice(0, 10))
              process.stderr.write(
                `  ${String(story.copies).padStart(4)} copies: ${story.headline} (reference: ${story.file})\n`,
              );
        }
        return 0;
      }
      case 'serve':
        return await serveCommand(buildOptions(values, rest, cwd, format), values.port ?? '8080', values.host ?? '127.0.0.1');
      case 'parse':
        return await parseCommand(rest, {
          json: values.json ?? false,
          cwd,
          maxFileSize: maxFileSize(values),
          verbose: values.verbose ?? false,
        });
      case 'eval':
        return await evalCommand(values);
      case 'train':
        return await trainCommand(values, cwd);
      case 'bench': {
        const count = values.articles === undefined ? 10_000 : Number(values.articles);
        if (!Number.isInteger(count) || count < 1)
          throw new UsageError(`--articles must be a whole number, not "${values.articles}".`);
        const rounds = values.runs === undefined ? 3 : Number(values.runs);
        if (!Number.isInteger(rounds) || rounds < 1) throw new UsageError(`--runs must be a whole number, not "${values.runs}".`);
        return await benchCommand({ ...buildOptions(values, [], cwd, format), inputs: [], onStage: undefined }, count, rounds);
      }
      case undefined:
        process.stderr.write(USAGE);
        return 2;
      default:
        throw new UsageError(`Unknown command "${command}". Run news-archive --help for the commands.`);
    }
  } catch (error) {
    return report(error, format);
  }
}

async function trainCommand(values: CliValues, cwd: string): Promise<number> {
  if (values.corpus === undefined) throw new UsageError('Name the corpus folder: news-archive train --corpus ../shared/corpus');
  const { train } = await import('./train/run.js');
  const { model, report } = await train({ corpus: path.resolve(cwd, values.corpus) });
  const out =
    values.out !== undefined ? path.resolve(cwd, values.out) : path.join(PACKAGE_ROOT, 'src/parse/model/line-model.json');
  await writeFile(out, JSON.stringify(model, null, 1) + '\n');
  process.stdout.write(`${report}\nwrote ${path.relative(cwd, out) || out}\n`);
  return 0;
}

async function evalCommand(values: CliValues): Promise<number> {
  if (values.corpus === undefined) throw new UsageError('Name the corpus folder: news-archive eval --corpus ../shared/corpus');
  if (values.worst !== undefined && !(FIELDS as readonly string[]).includes(values.worst)) {
    throw new UsageError(`--worst takes one of: ${FIELDS.join(', ')}.`);
  }
  const limit = values.limit === undefined ? 20 : Number(values.limit);
  if (values.split !== undefined && !['train', 'validation', 'all'].includes(values.split))
    throw new UsageError(`--split takes train, validation or all, not "${values.split}".`);
  const result = await evaluate({
    corpus: values.corpus,
    worst: values.worst as Field | undefined,
    limit,
    source: values.source,
    split: values.split as 'train' | 'validation' | 'all' | undefined,
  });
  process.stdout.write(formatReport(result, limit) + '\n');
  return 0;
}

/**
 * Turn flags into build options.
 * @param values parsed flags
 * @param rest positional arguments after the command (input folders, alternative to --input)
 * @param cwd working folder
 * @param format diagnostics format
 */
export function buildOptions(values: CliValues, rest: string[], cwd: string, format: 'text' | 'json'): BuildOptions {
  const inputs = values.input !== undefined ? [values.input, ...rest] : rest.length > 0 ? rest : ['articles'];
  for (const input of inputs) {
    if (!existsSync(path.resolve(cwd, input))) {
      throw new UsageError(
        `The input ${input} does not exist. Put article files in an "articles" folder, or name one with --input DIR.`,
      );
    }
  }
  const progress = values.quiet || format === 'json' ? null : new StageProgress(process.stderr);
  return {
    inputs,
    output: values.output ?? '_site',
    templates: bundled(values.templates, 'templates', cwd),
    publicDir: bundled(values.public, 'public', cwd),
    site: loadConfig(cwd, { title: values.title, basePath: values['base-path'], siteUrl: values['site-url'] }),
    cwd,
    maxFileSize: maxFileSize(values),
    strict: values.strict ?? false,
    cache: !values['no-cache'],
    // JSON diagnostics are for programs: keep stderr free of progress lines then.
    onStage: progress ? (stage, detail, ms) => progress.line(`${stage.padEnd(9)} ${detail} (${Math.round(ms)} ms)\n`) : undefined,
    onProgress: progress ? (stage, done, total) => progress.update(stage, done, total) : undefined,
    onDiagnostics: (diagnostics) => printDiagnostics(diagnostics, format, values.verbose ?? false),
  };
}

/** A folder the user named, else one in the working folder, else the package's own. */
function bundled(given: string | undefined, name: string, cwd: string): string {
  if (given !== undefined) {
    const abs = path.resolve(cwd, given);
    if (!existsSync(abs)) throw new UsageError(`The folder ${given} does not exist.`);
    return abs;
  }
  const local = path.join(cwd, name);
  return existsSync(local) ? local : path.join(PACKAGE_ROOT, name);
}

function maxFileSize(values: CliValues): number {
  if (values['max-file-size'] === undefined) return DEFAULT_MAX_FILE_SIZE;
  const n = Number(values['max-file-size']);
  if (!Number.isInteger(n) || n <= 0)
    throw new UsageError(`--max-file-size must be a whole number of bytes, not "${values['max-file-size']}".`);
  return n;
}

function printDiagnostics(diagnostics: Diagnostic[], format: 'text' | 'json', verbose: boolean): void {
  const shown = diagnostics.filter((d) => verbose || d.severity !== 'info');
  if (shown.length === 0) return;
  process.stderr.write(formatDiagnostics(shown, format) + '\n');
}

/** Print an error the way its kind calls for, and return the exit code. */
function report(error: unknown, format: 'text' | 'json'): number {
  if (error instanceof ContentError) {
    process.stderr.write(formatDiagnostics(error.diagnostics, format) + '\n');
    process.stderr.write(`${error.message}\n`);
    return error.exitCode;
  }
  if (error instanceof NewsArchiveError) {
    process.stderr.write(`news-archive: ${error.message}\n`);
    if (error.exitCode === 70 && error.cause instanceof Error)
      process.stderr.write(`${error.cause.stack ?? ''}\nThis is a bug in news-archive; please report it.\n`);
    return error.exitCode;
  }
  const stack = error instanceof Error ? (error.stack ?? error.message) : String(error);
  process.stderr.write(
    `news-archive: internal error\n${stack}\nThis is a bug in news-archive; please report it with the command you ran.\n`,
  );
  return 70;
}

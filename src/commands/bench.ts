/**
 * `news-archive bench`: measure builds of a synthetic archive, stage by stage,
 * with time and memory figures: a cold build, a rebuild with nothing changed
 * (the build cache in the archive's folder warm), and a rebuild after one
 * article is edited. Speed is measured here, never asserted in tests.
 *
 * The archive is generated deterministically: N articles of about 400 words
 * from a fixed vocabulary, a tenth of them copies (trimmed, re-headlined,
 * partly rewritten) of wire stories, so story grouping has real work to do.
 */
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { spawnSync } from 'node:child_process';
import { build, type BuildOptions } from '../build.js';
import { buildHugo, hugoAvailable, writeHugoArticle, writeHugoSite, type HugoTimes } from './bench-hugo.js';
import { groupStories } from '../enrich/stories.js';
import { measureServe } from './bench-serve.js';

const WORDS =
  'council minister police school hospital river harbour budget election court company workers union train road bridge flood storm village town city market prices energy water farmers report inquiry plan tax families children teachers doctors nurses patients museum library festival football club match season players coach fans airport flight bank shares profits jobs factory contract government opposition party leader mayor councillors residents campaign protest strike talks agreement deal offer law judge trial jury evidence witness police officers investigation arrest charge court hearing appeal'.split(
    ' ',
  );
const VERBS = 'said announced warned confirmed rejected approved opened closed raised cut delayed promised denied reported'.split(
  ' ',
);

/** A small, seeded pseudo-random generator (mulberry32), so every run writes the same archive. */
function random(seed: number): () => number {
  let t = seed >>> 0;
  return () => {
    t = (t + 0x6d2b79f5) >>> 0;
    let r = Math.imul(t ^ (t >>> 15), 1 | t);
    r ^= r + Math.imul(r ^ (r >>> 7), 61 | r);
    return ((r ^ (r >>> 14)) >>> 0) / 4294967296;
  };
}

function sentence(next: () => number): string {
  const pick = (list: string[]) => list[Math.floor(next() * list.length)]!;
  const words = Array.from({ length: 12 + Math.floor(next() * 14) }, (_, i) => (i === 3 ? pick(VERBS) : pick(WORDS)));
  words[0] = words[0]![0]!.toUpperCase() + words[0]!.slice(1);
  return `${words.join(' ')}.`;
}

/**
 * Write a synthetic archive.
 * @param dir where to write `articles/`
 * @param count how many articles
 */
export function writeSyntheticArchive(dir: string, count: number): void {
  const next = random(20230418);
  const outlets = ['The Northern Ledger', 'Express & Star', 'The Coastal Times', 'Valley News', 'City Herald'];
  const wires: string[][] = [];
  mkdirSync(path.join(dir, 'articles'), { recursive: true });
  for (let i = 0; i < count; i++) {
    let paragraphs: string[];
    if (i % 10 === 9 && wires.length > 0) {
      // A copy of a wire story: some paragraphs dropped, one rewritten.
      const wire = wires[Math.floor(next() * wires.length)]!;
      paragraphs = wire.filter(() => next() > 0.25);
      paragraphs[0] = `${sentence(next)} ${paragraphs[0] ?? ''}`;
    } else {
      paragraphs = Array.from({ length: 8 + Math.floor(next() * 8) }, () => `${sentence(next)} ${sentence(next)}`);
      if (i % 10 === 0) wires.push(paragraphs);
    }
    const month = String(1 + (i % 12)).padStart(2, '0');
    const day = String(1 + (i % 28)).padStart(2, '0');
    const text = [
      '---',
      `outlet: ${outlets[i % outlets.length]}`,
      `date: ${2015 + (i % 10)}-${month}-${day}`,
      '---',
      `${sentence(next).replace(/\.$/, '')} ${i}`,
      '',
      `By ${['Jane Smith', 'Tom Ashworth', 'Priya Natarajan', 'Ana Ruiz'][i % 4]}`,
      '',
      ...paragraphs.flatMap((p) => [p, '']),
    ].join('\n');
    writeFileSync(path.join(dir, 'articles', `a${String(i).padStart(6, '0')}.txt`), text);
  }
}

/** Files and bytes under a folder. */
function folderSize(dir: string): { files: number; bytes: number } {
  let files = 0;
  let bytes = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true, recursive: true })) {
    if (!entry.isFile()) continue;
    files++;
    bytes += statSync(path.join(entry.parentPath, entry.name)).size;
  }
  return { files, bytes };
}

/** One build's figures. */
interface Measured {
  seconds: number;
  peakMiB: number;
  rows: Array<[string, string, number]>;
  articles: number;
  files: number;
  bytes: number;
  links: number;
  pages: number;
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

/**
 * Run the benchmark and print its figures.
 * @param options build options (inputs and output are replaced by a temporary archive)
 * @param count how many articles to generate
 * @param rounds how many times to run every measurement (the medians are reported)
 */
export async function benchCommand(options: BuildOptions, count: number, rounds = 3): Promise<number> {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'news-archive-bench-'));
  const articles = path.join(dir, 'articles');
  const hugoSite = path.join(dir, 'hugo');
  const withHugo = hugoAvailable();
  try {
    const startGen = performance.now();
    writeSyntheticArchive(dir, count);
    if (withHugo) writeHugoSite(articles, hugoSite);
    process.stdout.write(
      `synthetic archive: ${count} articles written in ${((performance.now() - startGen) / 1000).toFixed(1)} s (${dir})\n` +
        `machine: ${os.cpus().length} cores (${os.cpus()[0]?.model ?? 'unknown'}), ${Math.round(os.totalmem() / 2 ** 30)} GiB, Node ${process.version}; ` +
        `${rounds} rounds, alternating${withHugo ? ' with Hugo + Pagefind' : ' (hugo is not on the PATH: no comparison)'}\n`,
    );
    const ours = { cold: [] as Measured[], unchanged: [] as Measured[], edited: [] as Measured[], again: [] as Measured[] };
    const hugo: HugoTimes[] = [];
    for (let round = 1; round <= rounds; round++) {
      // Cold: no site, no cache.
      rmSync(path.join(dir, '_site'), { recursive: true, force: true });
      rmSync(path.join(dir, 'node_modules'), { recursive: true, force: true });
      ours.cold.push(await measure(options, dir));
      if (withHugo) hugo.push(buildHugo(hugoSite));
      ours.unchanged.push(await measure(options, dir));
      const name = `a${String(round).padStart(6, '0')}.txt`;
      const file = path.join(articles, name);
      writeFileSync(file, `${readFileSync(file, 'utf8')}\nA correction was added to this article in round ${round}.\n`);
      if (withHugo) writeHugoArticle(articles, hugoSite, name);
      ours.edited.push(await measure(options, dir));
      // A second edit, of another article: the steady state of daily work, with the spare site (the one before
      // the published one) kept by the first edit's build, so only changed files are written.
      const other = path.join(articles, `a${String(rounds + round).padStart(6, '0')}.txt`);
      writeFileSync(other, `${readFileSync(other, 'utf8')}\nA note was added to this article in round ${round}.\n`);
      ours.again.push(await measure(options, dir));
      process.stdout.write(
        `round ${round}: cold ${ours.cold.at(-1)!.seconds.toFixed(2)} s, unchanged ${ours.unchanged.at(-1)!.seconds.toFixed(2)} s, ` +
          `one edit ${ours.edited.at(-1)!.seconds.toFixed(2)} s, another edit ${ours.again.at(-1)!.seconds.toFixed(2)} s` +
          `${withHugo ? `; hugo ${hugo.at(-1)!.hugo.toFixed(2)} s + pagefind ${hugo.at(-1)!.pagefind.toFixed(2)} s` : ''}\n`,
      );
    }
    for (const [name, runs] of [
      ['cold build', ours.cold],
      ['rebuild, nothing changed', ours.unchanged],
      ['rebuild after editing one article (the first rebuild after a cold build)', ours.edited],
      ['rebuild after editing another article (steady state: the spare site kept)', ours.again],
    ] as const)
      printMeasured(name, runs);
    if (withHugo) {
      const hugoBuild = median(hugo.map((h) => h.hugo));
      const both = median(hugo.map((h) => h.hugo + h.pagefind));
      const row = (what: string, seconds: number, against: number, label: string) =>
        `${what.padEnd(36)} ${`${seconds.toFixed(2)} s`.padStart(9)} ${`${against.toFixed(2)} s`.padStart(9)} ${label.padEnd(17)} ${(seconds / against).toFixed(2)} ×\n`;
      process.stdout.write(
        `\nagainst Hugo ${hugoVersion()} (medians of ${rounds})  news-archive      Hugo              ratio\n` +
          row('cold full build', median(ours.cold.map((m) => m.seconds)), both, '(hugo + pagefind)') +
          row('rebuild after editing one article', median(ours.edited.map((m) => m.seconds)), hugoBuild, "(hugo's build)") +
          row('  and after editing another', median(ours.again.map((m) => m.seconds)), hugoBuild, "(hugo's build)") +
          row('rebuild with nothing changed', median(ours.unchanged.map((m) => m.seconds)), hugoBuild, "(hugo's build)"),
      );
    }

    // The dev server: save an article, see it.
    const served = await measureServe(
      dir,
      [1, 2, 3].map((i) => `a${String(2 * rounds + i).padStart(6, '0')}.txt`),
    );
    const line = (what: string, seconds: number[]) =>
      `npm start: save an article, ${what} (median of ${seconds.length}: ${seconds.map((s) => s.toFixed(2)).join(' / ')} s): ${median(seconds).toFixed(2)} s\n`;
    process.stdout.write(
      '\n' +
        line(
          'its page shown (reload sent, page fetched)',
          served.map((s) => s.shown),
        ) +
        line(
          'every page rebuilt and reload sent',
          served.map((s) => s.reload),
        ) +
        line(
          'search index updated and reload sent',
          served.map((s) => s.search),
        ),
    );

    // Story grouping alone, on the same texts.
    const texts = readdirSync(articles).map((f) => ({ url: f, text: readFileSync(path.join(articles, f), 'utf8') }));
    const t = performance.now();
    const { ids } = groupStories(texts);
    const sizes = new Map<string, number>();
    for (const id of ids) sizes.set(id, (sizes.get(id) ?? 0) + 1);
    const groups = [...sizes.values()].filter((n) => n > 1).length;
    process.stdout.write(
      `story grouping alone: ${texts.length} articles in ${((performance.now() - t) / 1000).toFixed(2)} s, ${groups} groups of two or more\n`,
    );
    return 0;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** One build of the archive in `dir`, with its stage times and peak memory. */
async function measure(options: BuildOptions, dir: string): Promise<Measured> {
  let peak = process.memoryUsage().rss;
  const sampler = setInterval(() => (peak = Math.max(peak, process.memoryUsage().rss)), 50);
  const rows: Array<[string, string, number]> = [];
  const started = performance.now();
  const summary = await build({
    ...options,
    inputs: [path.join(dir, 'articles')],
    output: path.join(dir, '_site'),
    cwd: dir,
    onStage: (stage, detail, ms) => rows.push([stage, detail, ms]),
    onDiagnostics: () => undefined,
  });
  const seconds = (performance.now() - started) / 1000;
  clearInterval(sampler);
  peak = Math.max(peak, process.memoryUsage().rss);
  const { files, bytes } = folderSize(path.join(dir, '_site'));
  return {
    seconds,
    peakMiB: Math.round(peak / 1024 / 1024),
    rows,
    articles: summary.articles,
    files,
    bytes,
    links: summary.links,
    pages: summary.htmlFiles,
  };
}

/** The median run's stage table, and the figures every run shares. */
function printMeasured(name: string, runs: Measured[]): void {
  const mid = runs.find((r) => r.seconds === median(runs.map((x) => x.seconds)))!;
  process.stdout.write(
    `\n${name} (median of ${runs.length}: ${runs.map((r) => r.seconds.toFixed(2)).join(' / ')} s)\nstage      time        detail\n`,
  );
  for (const [stage, detail, ms] of mid.rows)
    process.stdout.write(`${stage.padEnd(10)} ${`${(ms / 1000).toFixed(2)} s`.padEnd(11)} ${detail}\n`);
  process.stdout.write(
    `${'total'.padEnd(10)} ${`${mid.seconds.toFixed(2)} s`.padEnd(11)} ${mid.articles} articles, ${Math.round(mid.articles / mid.seconds)} articles/s; ` +
      `peak memory (RSS) ${Math.max(...runs.map((r) => r.peakMiB))} MiB\n` +
      `output     ${mid.files} files, ${(mid.bytes / 1024 / 1024).toFixed(1)} MiB, ${Math.round(mid.bytes / mid.articles)} bytes per article, ` +
      `${(mid.links / mid.pages).toFixed(1)} internal links per page\n`,
  );
}

function hugoVersion(): string {
  return /v(\d+\.\d+\.\d+)/.exec(spawnSync('hugo', ['version'], { encoding: 'utf8' }).stdout)?.[1] ?? '';
}

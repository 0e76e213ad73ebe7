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
import { build, type BuildOptions } from '../build.js';
import { groupStories } from '../enrich/stories.js';

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

/**
 * Run the benchmark and print its figures.
 * @param options build options (inputs and output are replaced by a temporary archive)
 * @param count how many articles to generate
 */
export async function benchCommand(options: BuildOptions, count: number): Promise<number> {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'news-archive-bench-'));
  try {
    const startGen = performance.now();
    writeSyntheticArchive(dir, count);
    process.stdout.write(
      `synthetic archive: ${count} articles written in ${((performance.now() - startGen) / 1000).toFixed(1)} s (${dir})\n`,
    );
    const runs: Array<{ name: string; before?: () => void }> = [
      { name: 'cold build' },
      { name: 'rebuild, nothing changed' },
      {
        name: 'rebuild after editing one article',
        before: () => {
          const file = path.join(dir, 'articles', 'a000001.txt');
          writeFileSync(file, `${readFileSync(file, 'utf8')}\nA correction was added to this article on Tuesday.\n`);
        },
      },
    ];
    for (const { name, before } of runs) {
      before?.();
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
      const total = performance.now() - started;
      clearInterval(sampler);
      peak = Math.max(peak, process.memoryUsage().rss);
      process.stdout.write(`\n${name}\nstage      time        detail\n`);
      for (const [stage, detail, ms] of rows)
        process.stdout.write(`${stage.padEnd(10)} ${`${(ms / 1000).toFixed(2)} s`.padEnd(11)} ${detail}\n`);
      process.stdout.write(
        `${'total'.padEnd(10)} ${`${(total / 1000).toFixed(2)} s`.padEnd(11)} ${summary.articles} articles, ${summary.pages} files\n`,
      );
      process.stdout.write(
        `throughput ${Math.round(summary.articles / (total / 1000))} articles/s end to end; peak memory (RSS) ${Math.round(peak / 1024 / 1024)} MiB\n`,
      );
      const { files, bytes } = folderSize(path.join(dir, '_site'));
      process.stdout.write(
        `output     ${files} files, ${(bytes / 1024 / 1024).toFixed(1)} MiB, ${Math.round(bytes / summary.articles)} bytes per article, ` +
          `${(summary.links / summary.htmlFiles).toFixed(1)} internal links per page\n`,
      );
    }

    // Story grouping alone, on the same texts.
    const texts = readdirSync(path.join(dir, 'articles')).map((f) => ({
      url: f,
      text: readFileSync(path.join(dir, 'articles', f), 'utf8'),
    }));
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

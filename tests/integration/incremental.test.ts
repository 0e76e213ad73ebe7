/**
 * Incremental builds: a rebuild renders only the pages whose data changed and
 * writes only the files whose bytes changed, and after any sequence of such
 * rebuilds the site is byte for byte what a cold build (`--no-cache`) of the
 * same input writes. A change of template, config, base path or code renders
 * everything again; a failed build leaves the published site as it was.
 */
import { execFile } from 'node:child_process';
import {
  cpSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  renameSync,
  rmSync,
  statSync,
  symlinkSync,
  utimesSync,
  writeFileSync,
} from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { page, project, REPO, run, treeHash, type RunResult } from '../helpers/cli.js';
import { tempDir } from '../helpers/temp.js';

const article = (n: number, extra = '') =>
  `---\noutlet: ${n % 2 ? 'The Northern Ledger' : 'Valley News'}\ndate: 2024-03-${String(1 + n).padStart(2, '0')}\nbyline: Jane Doe\n---\n` +
  `Council story number ${n}\n\nThe council met on day ${n} to agree the plan for the harbour wall.${extra}\n\nA second paragraph of story ${n}.\n`;

/** The site a cold build of the same folder writes, in a folder of its own. */
async function cold(dir: string, args: string[] = []): Promise<Record<string, string>> {
  const result = await run(['build', '--no-cache', '--output', 'cold', ...args], dir);
  expect(result.code, result.stderr).toBe(0);
  const tree = treeHash(path.join(dir, 'cold'));
  rmSync(path.join(dir, 'cold'), { recursive: true });
  return tree;
}

async function build(dir: string, args: string[] = []): Promise<RunResult> {
  const result = await run(['build', ...args], dir);
  expect(result.code, result.stderr).toBe(0);
  return result;
}

/** Each file's inode and modification time: what changes when a file is written. */
function stamps(dir: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const entry of readdirSync(dir, { withFileTypes: true, recursive: true })) {
    const full = path.join(entry.parentPath, entry.name);
    const s = statSync(full);
    out[path.relative(dir, full)] = `${s.ino}:${s.mtimeMs}`;
  }
  return out;
}

const rendered = (r: RunResult) =>
  /^render +(\d+) pages, (\d+) rendered/m.exec(r.stderr)!.slice(1).map(Number) as [number, number];

describe('incremental builds', () => {
  it('render the same site in one Eleventy run or in many small ones, with a page counted and written once', async () => {
    const dir = project(Object.fromEntries([1, 2, 3, 4, 5].map((n) => [`articles/n${n}.txt`, article(n)])));
    const whole = await cold(dir);
    const result = await run(['build', '--no-cache', '--output', 'cold'], dir, { NEWS_ARCHIVE_RENDER_BATCH: '4' });
    expect(result.code, result.stderr).toBe(0);
    expect(treeHash(path.join(dir, 'cold'))).toEqual(whole);
    rmSync(path.join(dir, 'cold'), { recursive: true });
    const [pages, made] = rendered(result);
    expect(made).toBe(pages);
  });

  it('do nothing when nothing changed: not one file of the site is written', async () => {
    const dir = project({ 'articles/one.txt': article(1) });
    await build(dir);
    const before = stamps(path.join(dir, '_site'));
    const again = await build(dir);
    expect(again.stderr).toMatch(/^up to date/m);
    expect(again.stderr).not.toMatch(/^render/m);
    expect(stamps(path.join(dir, '_site'))).toEqual(before);
  });

  it('do not read the files when none changed since the last build, and see an edit that kept size and time', async () => {
    const dir = project({ 'articles/one.txt': article(1) });
    // Files last changed an hour ago: well before the build looked at them.
    const hourAgo = new Date(Date.now() - 3_600_000);
    const files = readdirSync(path.join(dir, 'articles'), { recursive: true, withFileTypes: true }).filter((e) => e.isFile());
    for (const e of files) utimesSync(path.join(e.parentPath, e.name), hourAgo, hourAgo);
    // Setting the times is itself a change (of the change time): let it settle past the build's margin.
    await new Promise((resolve) => setTimeout(resolve, 2100));
    await build(dir);
    const again = await build(dir);
    expect(again.stderr).toMatch(/^scan .*none changed since the last build/m);
    expect(again.stderr).not.toMatch(/^read /m);
    expect(again.stderr).toMatch(/^up to date/m);
    // The same size and modification time, other words: the change time still tells.
    const one = path.join(dir, 'articles', 'one.txt');
    writeFileSync(one, article(1).replace('harbour wall', 'harbour gate'));
    utimesSync(one, hourAgo, hourAgo);
    const edited = await build(dir);
    expect(edited.stderr).toMatch(/^render /m);
    const records = JSON.parse(readFileSync(path.join(dir, '_site', 'articles.json'), 'utf8')) as Array<{
      file: string;
      url: string;
    }>;
    const url = records.find((r) => r.file.endsWith('one.txt'))!.url;
    expect(page(path.join(dir, '_site'), url)).toContain('harbour gate');
  });

  it('after any sequence of edits, write the site a cold build writes, rendering only what changed', async () => {
    const dir = project(Object.fromEntries([1, 2, 3, 4].map((n) => [`articles/n${n}.txt`, article(n)])));
    await build(dir);
    expect(treeHash(path.join(dir, '_site'))).toEqual(await cold(dir));
    const steps: Array<[string, () => void]> = [
      ['add an article', () => writeFileSync(path.join(dir, 'articles', 'n5.txt'), article(5))],
      ['edit a body', () => writeFileSync(path.join(dir, 'articles', 'n2.txt'), article(2, ' It was a long night.'))],
      ['edit a headline', () => writeFileSync(path.join(dir, 'articles', 'n3.txt'), article(3).replace('number 3', 'three'))],
      ['remove an article', () => rmSync(path.join(dir, 'articles', 'n4.txt'))],
      ['rename a file', () => renameSync(path.join(dir, 'articles', 'n1.txt'), path.join(dir, 'articles', 'n9.txt'))],
      ['add a copy of a story', () => writeFileSync(path.join(dir, 'articles', 'copy.txt'), article(2, ' It was a long night.'))],
    ];
    for (const [what, step] of steps) {
      step();
      const result = await build(dir);
      expect(treeHash(path.join(dir, '_site')), what).toEqual(await cold(dir));
      const [pages, done] = rendered(result);
      if (what === 'edit a body') expect(done, `${what}: ${result.stderr}`).toBeLessThan(pages);
    }
    // The site before the published one is kept beside it, to be brought up to date by the next build.
    expect(readdirSync(dir)).toContain('._site.spare');
  });

  it('compare an edited copy of a story again: its page shows the edit, one comparison per copy is kept, the site is a cold build’s', async () => {
    // The two seeds are one story; a third copy joins it.
    const seed = readdirSync(path.join(REPO, 'articles')).find((f) => f.startsWith('003_'))!;
    const dir = project();
    writeFileSync(path.join(dir, 'articles', 'third.txt'), readFileSync(path.join(REPO, 'articles', seed), 'utf8'));
    await build(dir);
    const storyPage = () =>
      readdirSync(path.join(dir, '_site', 'stories'))
        .filter((f) => f.startsWith('story-'))
        .map((f) => readFileSync(path.join(dir, '_site', 'stories', f, 'index.html'), 'utf8'))
        .join('');
    expect(storyPage()).not.toContain('reporters at the command post');
    const file = path.join(dir, 'articles', 'third.txt');
    writeFileSync(
      file,
      readFileSync(file, 'utf8').replace('from military leaders', 'from military leaders and reporters at the command post'),
    );
    await build(dir);
    expect(storyPage()).toContain('reporters at the command post');
    // The cache file: a line naming its format, then one line per entry.
    const lines = readFileSync(path.join(dir, 'node_modules', '.cache', 'news-archive', 'comparisons.json'), 'utf8')
      .split('\n')
      .filter(Boolean);
    const cache = { entries: lines.slice(1).map((line) => JSON.parse(line) as unknown) };
    // Only the comparisons of this build are kept: one per copy, against its story's reference.
    const records = JSON.parse(readFileSync(path.join(dir, '_site', 'articles.json'), 'utf8')) as Array<{ role?: string }>;
    expect(records.filter((r) => r.role === 'copy').length).toBeGreaterThan(0);
    expect(cache.entries).toHaveLength(records.filter((r) => r.role === 'copy').length);
    expect(treeHash(path.join(dir, '_site'))).toEqual(await cold(dir));
  });

  it('render everything again when a template, the config or the base path changes', async () => {
    const dir = project({ 'articles/one.txt': article(1) });
    const templates = path.join(dir, 'my-templates');
    cpSync(path.join(REPO, 'templates'), templates, { recursive: true });
    await build(dir, ['--templates', 'my-templates']);
    const base = path.join(templates, '_includes', 'base.njk');
    writeFileSync(
      base,
      readFileSync(base, 'utf8').replace('<footer class="site-footer">', '<footer class="site-footer" data-edited>'),
    );
    const edited = await build(dir, ['--templates', 'my-templates']);
    const [pages, done] = rendered(edited);
    expect(done).toBe(pages);
    expect(page(path.join(dir, '_site'), '/')).toContain('data-edited');
    expect(treeHash(path.join(dir, '_site'))).toEqual(await cold(dir, ['--templates', 'my-templates']));

    writeFileSync(path.join(dir, 'news-archive.config.json'), JSON.stringify({ title: 'The Harbour Archive' }));
    const configured = await build(dir, ['--templates', 'my-templates']);
    expect(rendered(configured)[1]).toBe(rendered(configured)[0]);
    expect(page(path.join(dir, '_site'), '/')).toContain('The Harbour Archive');
    expect(treeHash(path.join(dir, '_site'))).toEqual(await cold(dir, ['--templates', 'my-templates']));

    const moved = await build(dir, ['--templates', 'my-templates', '--base-path', '/news/']);
    expect(rendered(moved)[1]).toBe(rendered(moved)[0]);
    expect(treeHash(path.join(dir, '_site'))).toEqual(await cold(dir, ['--templates', 'my-templates', '--base-path', '/news/']));
  });

  it('render everything again when the code changes', async () => {
    // A copy of the tool whose sources differ by one comment.
    const tool = tempDir('news-archive-tool-');
    for (const part of ['bin', 'src', 'templates', 'public', 'package.json', 'package-lock.json']) {
      cpSync(path.join(REPO, part), path.join(tool, part), { recursive: true });
    }
    symlinkSync(path.join(REPO, 'node_modules'), path.join(tool, 'node_modules'), 'junction');
    const dir = project({ 'articles/one.txt': article(1) });
    const runTool = () =>
      new Promise<RunResult>((resolve) =>
        execFile(process.execPath, [path.join(tool, 'bin', 'news-archive.js'), 'build'], { cwd: dir }, (error, stdout, stderr) =>
          resolve({ code: error ? 1 : 0, stdout, stderr }),
        ),
      );
    expect((await runTool()).code).toBe(0);
    expect((await runTool()).stderr).toMatch(/^up to date/m);
    const file = path.join(tool, 'src', 'build.ts');
    writeFileSync(file, `${readFileSync(file, 'utf8')}\n// another version\n`);
    const changed = await runTool();
    expect(changed.code, changed.stderr).toBe(0);
    expect(changed.stderr).toMatch(/^parse .*\(0 cached/m);
    expect(rendered(changed)[1]).toBe(rendered(changed)[0]);
  });

  it('leave the published site as it was when a build fails, and put it right with the next', async () => {
    const dir = project({ 'articles/one.txt': article(1) });
    await build(dir);
    writeFileSync(path.join(dir, 'articles', 'two.txt'), article(2));
    await build(dir);
    const published = treeHash(path.join(dir, '_site'));
    writeFileSync(path.join(dir, 'articles', 'bad.md'), '# Bad link\n\nSee [the report](/articles/no-such-page/).\n');
    const failed = await run(['build'], dir);
    expect(failed.code).toBe(1);
    expect(failed.stderr).toMatch(/bad\.md:3:\d+: error\[site\/broken-link\]/);
    expect(treeHash(path.join(dir, '_site'))).toEqual(published);
    rmSync(path.join(dir, 'articles', 'bad.md'));
    writeFileSync(path.join(dir, 'articles', 'three.txt'), article(3));
    await build(dir);
    expect(treeHash(path.join(dir, '_site'))).toEqual(await cold(dir));
  });

  it('put right files removed from or added to the site by hand', async () => {
    const dir = project({ 'articles/one.txt': article(1), 'articles/two.txt': article(2) });
    await build(dir);
    const site = path.join(dir, '_site');
    rmSync(path.join(site, 'favicon.svg')); // a file no edit changes
    mkdirSync(path.join(site, 'extra'));
    writeFileSync(path.join(site, 'extra', 'notes.txt'), 'put here by hand');
    // Two builds: the second one brings the folder changed by hand, now the spare, up to date.
    writeFileSync(path.join(dir, 'articles', 'three.txt'), article(3));
    await build(dir);
    writeFileSync(path.join(dir, 'articles', 'four.txt'), article(4));
    await build(dir);
    expect(treeHash(site)).toEqual(await cold(dir));
  });
});

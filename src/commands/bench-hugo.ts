/**
 * The benchmark's yardstick: the same synthetic articles as a Hugo site
 * (Markdown with front matter; outlets, authors and years as taxonomies;
 * paginated lists of 20), built by `hugo` when it is on the PATH (Debian's
 * package `hugo`), then indexed by Pagefind's own command over Hugo's output,
 * as a Hugo user would add search.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { pagefindBinary } from '../search/indexer.js';

const CONFIG = `baseURL = "http://localhost:1313/"
title = "Bench"
disableKinds = ["RSS"]
paginate = 20
[taxonomies]
  outlet = "outlets"
  author = "authors"
  year = "years"
`;

const LAYOUTS: Record<string, string> = {
  '_default/baseof.html': `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>{{ .Title }}</title></head>
<body><header><a href="/">Bench</a> <a href="/outlets/">Outlets</a> <a href="/authors/">Authors</a> <a href="/years/">Years</a></header>
<main>{{ block "main" . }}{{ end }}</main></body></html>`,
  '_default/single.html': `{{ define "main" }}<article data-pagefind-body><h1>{{ .Title }}</h1>
<p>{{ with .Params.byline }}By {{ . }} · {{ end }}{{ range .GetTerms "outlets" }}<a href="{{ .RelPermalink }}">{{ .LinkTitle }}</a>{{ end }} · <time>{{ .Date.Format "2 January 2006" }}</time></p>
{{ .Content }}</article>{{ end }}`,
  '_default/list.html': `{{ define "main" }}<h1>{{ .Title }}</h1><ol>{{ range .Paginator.Pages }}<li><a href="{{ .RelPermalink }}">{{ .Title }}</a> <time>{{ .Date.Format "2 January 2006" }}</time><p>{{ .Summary }}</p></li>{{ end }}</ol>
{{ template "_internal/pagination.html" . }}{{ end }}`,
  '_default/terms.html': `{{ define "main" }}<h1>{{ .Title }}</h1><ul>{{ range .Data.Terms.ByCount }}<li><a href="{{ .Page.RelPermalink }}">{{ .Page.Title }}</a> {{ .Count }}</li>{{ end }}</ul>{{ end }}`,
};

/** Whether `hugo` can be run here. */
export function hugoAvailable(): boolean {
  return spawnSync('hugo', ['version'], { encoding: 'utf8' }).status === 0;
}

/**
 * Write the synthetic archive's articles as a Hugo site.
 * @param articles the folder of synthetic articles (bench's own format)
 * @param site where to write the Hugo site
 */
export function writeHugoSite(articles: string, site: string): void {
  rmSync(site, { recursive: true, force: true });
  mkdirSync(path.join(site, 'content', 'articles'), { recursive: true });
  writeFileSync(path.join(site, 'config.toml'), CONFIG);
  for (const [file, text] of Object.entries(LAYOUTS)) {
    mkdirSync(path.dirname(path.join(site, 'layouts', file)), { recursive: true });
    writeFileSync(path.join(site, 'layouts', file), text);
  }
  for (const name of readdirSync(articles).sort()) writeHugoArticle(articles, site, name);
}

/**
 * Write one synthetic article as Hugo content (again after it was edited).
 * @param articles the folder of synthetic articles
 * @param site the Hugo site
 * @param name the article's file name
 */
export function writeHugoArticle(articles: string, site: string, name: string): void {
  const [, front, body] = /^---\n([\s\S]*?)\n---\n([\s\S]*)$/.exec(readFileSync(path.join(articles, name), 'utf8'))!;
  const field = (key: string) => new RegExp(`^${key}: (.*)$`, 'm').exec(front!)![1]!;
  const [headline, bylineLine, ...paragraphs] = body!.split(/\n\n+/).filter((p) => p.trim() !== '');
  const byline = bylineLine!.replace(/^By /, '');
  const date = field('date');
  const markdown = [
    '---',
    `title: ${JSON.stringify(headline)}`,
    `date: ${date}`,
    `byline: ${JSON.stringify(byline)}`,
    `outlets: [${JSON.stringify(field('outlet'))}]`,
    `authors: [${JSON.stringify(byline)}]`,
    `years: ["${date.slice(0, 4)}"]`,
    '---',
    '',
    ...paragraphs.map((p) => `${p.trim()}\n`),
  ].join('\n');
  writeFileSync(path.join(site, 'content', 'articles', name.replace(/\.txt$/, '.md')), markdown);
}

/** Seconds for Hugo's build and for Pagefind over its output. */
export interface HugoTimes {
  hugo: number;
  pagefind: number;
}

/**
 * Build the Hugo site and index it with Pagefind's command.
 * @param site the Hugo site
 */
export function buildHugo(site: string): HugoTimes {
  const output = path.join(site, 'public');
  let start = performance.now();
  // Hugo's cache folder in the site, which the benchmark removes, not in the system's temporary folder.
  const built = spawnSync(
    'hugo',
    ['--quiet', '--source', site, '--destination', output, '--cleanDestinationDir', '--cacheDir', path.join(site, '.hugo-cache')],
    { encoding: 'utf8' },
  );
  if (built.status !== 0) throw new Error(`hugo failed: ${built.stderr}`);
  const hugo = (performance.now() - start) / 1000;
  const binary = pagefindBinary();
  if ('missing' in binary) throw new Error(binary.missing);
  start = performance.now();
  const indexed = spawnSync(binary.path, ['--site', output, '--silent'], { encoding: 'utf8' });
  if (indexed.status !== 0) throw new Error(`pagefind failed: ${indexed.stderr}`);
  return { hugo, pagefind: (performance.now() - start) / 1000 };
}

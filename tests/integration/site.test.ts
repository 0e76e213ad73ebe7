/**
 * The whole site, as a reader, a feed reader, a search engine and a researcher
 * see it: built by the real CLI from the bundled articles plus articles of
 * several outlets, authors, tags and years, under a sub-path.
 */
import { cpSync, existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { XMLParser } from 'fast-xml-parser';
import { beforeAll, describe, expect, it } from 'vitest';
import { project, run } from '../helpers/cli.js';
import { RECORD_KEYS } from '../helpers/contract.js';

const STORIES = path.join(import.meta.dirname, '..', 'fixtures', 'stories');
const RFC3339 = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$/;
const xml = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: '@',
  isArray: (name) => ['entry', 'url', 'link', 'author', 'category'].includes(name),
});

let dir: string;
let site: string;
const read = (rel: string) => readFileSync(path.join(site, rel), 'utf8');
const page = (url: string) => read(path.join(url.replace(/^\/archive\//, ''), 'index.html'));

beforeAll(async () => {
  dir = project({
    'news-archive.config.json': JSON.stringify({
      title: 'Test Archive',
      description: 'Articles for the tests.',
      language: 'en-GB',
      url: 'https://example.org/archive/',
      pageSize: 2,
    }),
    'articles/ledger/2023-water.txt':
      '---\noutlet: The Northern Ledger\ndate: 2023-03-14\nbyline: Priya Natarajan\ntags: [water, regulation]\nurl: https://ledger.example/water-fine\nretrieved: 2023-03-15\n---\nWater company fined over sewage spills\n\nA water company has been fined £3.4 million after it failed to report sewage discharges.\n\nThe regulator said the firm had known about faults for a year.\n',
    'articles/ledger/2024-rail.txt':
      '---\noutlet: The Northern Ledger\ndate: 2024-05-02\nbyline: Tom Ashworth\ntags: [transport]\n---\nRail strike called off after talks\n\nA planned rail strike has been called off after late-night talks.\n',
    'articles/coast/2024-harbour.txt':
      '---\noutlet: The Coastal Times\ndate: 2024-01-10\nbyline: Priya Natarajan\ntags: [weather]\n---\nHarbour reopens after storm\n\nThe harbour reopened to fishing boats after storm damage was repaired with granite.\n',
  });
  for (const file of readdirSync(STORIES).filter((f) => f.endsWith('.txt')))
    cpSync(path.join(STORIES, file), path.join(dir, 'articles', 'stories', file));
  const built = await run(['build', '--quiet'], dir);
  expect(built.code, built.stderr).toBe(0);
  site = path.join(dir, '_site');
});

describe('browsing', () => {
  it('paginates the home page newest first, with stable page URLs and rel prev/next', () => {
    const first = page('/archive/');
    expect(first).toContain('<title>Test Archive</title>');
    expect(first).toContain('<html lang="en-GB">');
    expect(first.indexOf('Rail strike called off')).toBeLessThan(first.indexOf('Harbour reopens after storm'));
    expect(first).toMatch(/<link rel="next" href="\/archive\/page\/2\/">/);
    expect(first).toMatch(/<a href="\/archive\/" aria-current="page">1<\/a>/);
    const second = page('/archive/page/2/');
    expect(second).toMatch(/<link rel="prev" href="\/archive\/">/);
    expect(second).toMatch(/<a href="\/archive\/page\/2\/" aria-current="page">2<\/a>/);
    const pages = readdirSync(path.join(site, 'page')).length + 1;
    expect(pages).toBe(Math.ceil(12 / 2));
  });

  it('has a page per outlet, author, tag and year, and indexes with counts', () => {
    expect(page('/archive/outlets/the-northern-ledger/')).toContain('2 articles');
    expect(page('/archive/outlets/')).toMatch(
      /<a href="\/archive\/outlets\/the-northern-ledger\/">The Northern Ledger<\/a> <span class="count">2 articles<\/span>/,
    );
    expect(page('/archive/authors/priya-natarajan/')).toContain('Harbour reopens after storm');
    expect(page('/archive/tags/water/')).toContain('Water company fined over sewage spills');
    const year = page('/archive/years/2024/');
    expect(year).toMatch(
      /<h2 class="month">May 2024<\/h2>[\s\S]*Rail strike[\s\S]*<h2 class="month">January 2024<\/h2>[\s\S]*Harbour reopens/,
    );
    expect(page('/archive/years/')).toContain('Undated');
    expect(page('/archive/years/undated/')).toContain('<h1>Undated articles</h1>');
    const undated = [
      page('/archive/years/undated/'),
      ...readdirSync(path.join(site, 'years/undated/page')).map((n) => page(`/archive/years/undated/page/${n}/`)),
    ];
    expect(undated.join('')).toContain('Putin visits headquarters');
    for (const file of readdirSync(site, { recursive: true }) as string[]) {
      if (file.endsWith('.html')) expect(read(file), file).not.toContain('Invalid Date');
    }
  });

  it('keeps an article page within 30 KB of HTML and CSS', () => {
    const bytes = Buffer.byteLength(page(articleUrl('Putin visits headquarters'))) + Buffer.byteLength(read('style.css'));
    expect(bytes).toBeLessThanOrEqual(30 * 1024);
  });

  it('gives article pages breadcrumbs, canonical links, meta descriptions and Open Graph', () => {
    const html = page(articleUrl('Water company fined'));
    expect(html).toMatch(
      /<nav class="breadcrumbs"[\s\S]*<a href="\/archive\/">Home<\/a>[\s\S]*<a href="\/archive\/outlets\/the-northern-ledger\/">The Northern Ledger<\/a>[\s\S]*aria-current="page">Water company fined/,
    );
    expect(html).toMatch(
      /<link rel="canonical" href="https:\/\/example\.org\/archive\/articles\/water-company-fined-over-sewage-spills-[0-9a-f]{6}\/">/,
    );
    expect(html).toContain(
      '<meta name="description" content="A water company has been fined £3.4 million after it failed to report sewage discharges.">',
    );
    expect(html).toContain('<meta property="og:title" content="Water company fined over sewage spills">');
  });
});

function articleUrl(headline: string): string {
  const records = JSON.parse(read('articles.json')) as Array<{ headline: string; url: string }>;
  return records.find((r) => r.headline.startsWith(headline))!.url;
}

describe('structured data and citations', () => {
  it('has NewsArticle JSON-LD with author, publisher, source and original', () => {
    const html = page(articleUrl('Water company fined'));
    const data = JSON.parse(/<script type="application\/ld\+json">([^<]*)<\/script>/.exec(html)![1]!);
    expect(data).toMatchObject({
      '@type': 'NewsArticle',
      headline: 'Water company fined over sewage spills',
      datePublished: '2023-03-14',
      author: [{ '@type': 'Person', name: 'Priya Natarajan' }],
      publisher: { name: 'The Northern Ledger' },
      isBasedOn: 'https://ledger.example/water-fine',
    });
    const wire = JSON.parse(
      /<script type="application\/ld\+json">([^<]*)<\/script>/.exec(page(articleUrl('Putin visits Russian troops')))![1]!,
    );
    expect(wire.sourceOrganization).toMatchObject({ name: 'Press Association' });
  });

  it('offers APA and Harvard references and BibTeX, RIS and CSL-JSON files, made by citation-js', () => {
    const url = articleUrl('Water company fined');
    const html = page(url);
    expect(html).toContain(
      '<dd class="citation">Natarajan, P. (2023, March 14). Water company fined over sewage spills. The Northern Ledger. https://ledger.example/water-fine</dd>',
    );
    expect(html).toMatch(
      /<dt>Harvard<\/dt>\s*<dd class="citation">Natarajan, P\. \(2023\) “Water company fined over sewage spills,”/,
    );
    const folder = url.replace('/archive/', '');
    const bib = read(path.join(folder, 'cite.bib'));
    expect(bib).toMatch(/^@article\{natarajan2023water_[0-9a-f]{6},/);
    expect(bib).toContain('author = {Natarajan, Priya}');
    expect(bib).toContain('url = {https://ledger.example/water-fine}');
    expect(read(path.join(folder, 'cite.ris'))).toMatch(/^TY {2}- NEWS\nAU {2}- Natarajan, Priya\n/);
    const csl = JSON.parse(read(path.join(folder, 'cite.json'))) as Array<Record<string, unknown>>;
    expect(csl[0]).toMatchObject({
      type: 'article-newspaper',
      title: 'Water company fined over sewage spills',
      author: [{ family: 'Natarajan', given: 'Priya' }],
      issued: { 'date-parts': [[2023, 3, 14]] },
      accessed: { 'date-parts': [[2023, 3, 15]] },
      URL: 'https://ledger.example/water-fine',
    });
    expect(html).toMatch(new RegExp(`href="${url}cite\\.ris" download[^>]*>RIS</a>`));
  });

  it('has Highwire citation_* meta tags that match the record, for Zotero and Google Scholar', () => {
    const records = JSON.parse(read('articles.json')) as Array<{
      headline: string;
      authors: string[];
      outlet: string | null;
      date: string | null;
      url: string;
    }>;
    for (const record of records) {
      const html = page(record.url);
      const meta = (name: string) =>
        [...html.matchAll(new RegExp(`<meta name="${name}" content="([^"]*)">`, 'g'))].map((m) =>
          m[1]!
            .replace(/&amp;/g, '&')
            .replace(/&#39;/g, "'")
            .replace(/&quot;/g, '"'),
        );
      expect(meta('citation_title'), record.url).toEqual([record.headline]);
      expect(meta('citation_author').length, record.url).toBe(record.authors.length || (meta('citation_author').length ? 1 : 0));
      if (record.outlet) expect(meta('citation_journal_title'), record.url).toEqual([record.outlet]);
      expect(meta('citation_publication_date'), record.url).toEqual(
        record.date ? [record.date.slice(0, 10).replace(/-/g, '/')] : [],
      );
      expect(meta('citation_fulltext_html_url'), record.url).toEqual([`https://example.org${record.url}`]);
    }
    const water = page(articleUrl('Water company fined'));
    expect(water).toContain('<meta name="citation_author" content="Natarajan, Priya">');
    expect(water).toContain('<meta name="citation_public_url" content="https://ledger.example/water-fine">');
  });

  it('publishes articles.json with the contract plus slug, url, story, role and comparison, and articles.csv', () => {
    const records = JSON.parse(read('articles.json')) as Array<Record<string, unknown>>;
    expect(records).toHaveLength(12);
    for (const r of records) {
      expect(Object.keys(r)).toEqual([...RECORD_KEYS, 'slug', 'url', 'story', 'role', 'comparison']);
      expect(r['url']).toMatch(/^\/archive\/articles\/[a-z0-9-]+\/$/);
    }
    const csv = read('articles.csv').split('\r\n');
    expect(csv[0]).toBe(
      'file,headline,standfirst,byline,authors,outlet,agency,date,dateline,tags,slug,url,story,role,kept,edited,cut,added,from_reference,paragraphs,words',
    );
    expect(csv).toHaveLength(14);
    // Every row has a story id, an article alone included: no empty story column.
    for (const row of csv.slice(1, -1)) expect(row).toMatch(/,story-[0-9a-f]{8},/);
  });
});

describe('same story, many outlets', () => {
  it('groups the two seed articles and links them to each other', () => {
    const records = JSON.parse(read('articles.json')) as Array<{
      file: string;
      story: string;
      url: string;
      headline: string;
    }>;
    const seeds = records.filter((r) => r.file.startsWith('articles/0'));
    expect(seeds).toHaveLength(2);
    expect(seeds[0]!.story).toMatch(/^story-[0-9a-f]{8}$/);
    expect(seeds[0]!.story).toBe(seeds[1]!.story);
    const es = page(seeds.find((s) => s.headline.includes('headquarters'))!.url);
    expect(es).toMatch(
      /<h2 id="also-reported">Also reported by<\/h2>[\s\S]*<a href="\/archive\/articles\/putin-visits-russian-troops[^"]*">Associated Press Reporters<\/a>/,
    );
    const pa = page(seeds.find((s) => s.headline.includes('G7'))!.url);
    expect(pa).toMatch(/The same story, from Press Association,[\s\S]*<a href="[^"]*">Express &amp; Star<\/a>/);
  });

  it('groups rewrites of one story and keeps different stories on one topic apart', () => {
    const records = JSON.parse(read('articles.json')) as Array<{ file: string; story: string }>;
    const story = (name: string) => records.find((r) => r.file.endsWith(name))!.story;
    expect(records.every((r) => /^story-[0-9a-f]{8}$/.test(r.story))).toBe(true);
    const members = (id: string) => records.filter((r) => r.story === id).length;
    expect(members(story('wire-bridge-original.txt'))).toBe(3);
    expect(story('wire-bridge-local-rewrite.txt')).toBe(story('wire-bridge-original.txt'));
    expect(story('wire-bridge-trimmed.txt')).toBe(story('wire-bridge-original.txt'));
    for (const alone of [
      'flood-northern-valley.txt',
      'flood-coastal-town.txt',
      'council-budget-northshire.txt',
      'council-budget-riverton.txt',
    ]) {
      // A story of one: its own id, shared with no other article.
      expect(members(story(alone)), alone).toBe(1);
    }
  });
});

describe('the archive over time', () => {
  /** A page's chart, as month (or year) and count, from its table of numbers. */
  function chartRows(html: string): Array<[string, number]> {
    const table = /<details class="timeline-numbers">([\s\S]*?)<\/details>/.exec(html)![1]!;
    return [...table.matchAll(/<tr><td>([^<]+)<\/td><td>(\d+)<\/td><\/tr>/g)].map((m) => [m[1]!, Number(m[2])]);
  }
  const monthName = (iso: string) =>
    new Date(`${iso.slice(0, 7)}-01T00:00:00Z`).toLocaleString('en-GB', { month: 'long', year: 'numeric', timeZone: 'UTC' });

  it("counts each outlet's articles per month as its listing holds them, with empty months in between", () => {
    const records = JSON.parse(read('articles.json')) as Array<{ outlet: string | null; date: string | null }>;
    const ledger = records.filter((r) => r.outlet === 'The Northern Ledger' && r.date);
    const rows = chartRows(page('/archive/outlets/the-northern-ledger/'));
    expect(rows.reduce((n, [, c]) => n + c, 0)).toBe(ledger.length);
    for (const [month, count] of rows) expect(count, month).toBe(ledger.filter((r) => monthName(r.date!) === month).length);
    expect(rows[0]![0]).toBe('March 2023');
    expect(rows.at(-1)![0]).toBe('May 2024');
    expect(rows).toHaveLength(15); // every month from March 2023 to May 2024
    const html = page('/archive/outlets/the-northern-ledger/');
    expect(html).toMatch(/<svg class="timeline-chart" role="img" aria-labelledby="timeline-title timeline-desc"/);
    expect(html).toContain('<title id="timeline-title">Articles per month</title>');
    expect(page('/archive/page/2/')).not.toContain('timeline-chart');
  });

  it('shows the span of the archive and its chart on the home page and the years index', () => {
    const home = page('/archive/');
    expect(home).toMatch(
      /<p class="span">From <time datetime="2023-03-14">14 March 2023<\/time> to <time datetime="[\d-]+">[^<]+<\/time>: 12 articles from \d+ outlets\.<\/p>/,
    );
    expect(home).toContain('timeline-chart');
    expect(page('/archive/years/')).toContain('timeline-chart');
    expect(page('/archive/page/2/')).not.toContain('class="span"');
  });
});

describe('feeds and sitemap', () => {
  it('publishes an Atom feed of the newest articles, valid per RFC 4287', () => {
    const feed = xml.parse(read('feed.xml')).feed;
    expect(feed['@xmlns']).toBe('http://www.w3.org/2005/Atom');
    expect(feed.id).toBe('https://example.org/archive/feed.xml');
    expect(feed.title).toBe('Test Archive');
    expect(feed.updated).toMatch(RFC3339);
    expect(feed.link.map((l: Record<string, string>) => l['@rel'])).toEqual(['self', 'alternate']);
    expect(feed.entry).toHaveLength(12);
    for (const entry of feed.entry) {
      expect(entry.id).toMatch(/^https:\/\/example\.org\/archive\/articles\//);
      expect(entry.updated).toMatch(RFC3339);
      expect(entry.link[0]['@href']).toBe(entry.id);
      expect(entry.title).toBeTruthy();
      expect(entry.author.length).toBeGreaterThan(0);
    }
    expect(feed.entry[0].title).toBe('Rail strike called off after talks');
  });

  it('publishes a JSON Feed, and both feeds per outlet', () => {
    const feed = JSON.parse(read('feed.json'));
    expect(feed.version).toBe('https://jsonfeed.org/version/1.1');
    expect(feed.feed_url).toBe('https://example.org/archive/feed.json');
    expect(feed.items[0]).toMatchObject({
      title: 'Rail strike called off after talks',
      date_published: '2024-05-02T00:00:00Z',
      authors: [{ name: 'Tom Ashworth' }],
    });
    const outlet = xml.parse(read('outlets/the-northern-ledger/feed.xml')).feed;
    expect(outlet.entry).toHaveLength(2);
    expect(JSON.parse(read('outlets/the-northern-ledger/feed.json')).items).toHaveLength(2);
  });

  it('lists every article and listing page in the sitemap, named in robots.txt', () => {
    const urls = (xml.parse(read('sitemap.xml')).urlset.url as Array<{ loc: string }>).map((u) => u.loc);
    const records = JSON.parse(read('articles.json')) as Array<{ url: string }>;
    for (const r of records) expect(urls).toContain(`https://example.org${r.url}`);
    expect(urls).toContain('https://example.org/archive/outlets/the-northern-ledger/');
    expect(urls).toContain('https://example.org/archive/page/2/');
    expect(read('robots.txt')).toContain('Sitemap: https://example.org/archive/sitemap.xml');
  });
});

describe('search', () => {
  it('indexes article pages only, with filters and sort keys, and has a search page that works without JavaScript too', () => {
    const entry = JSON.parse(read('pagefind/pagefind-entry.json'));
    expect(Object.values(entry.languages as Record<string, { page_count: number }>)[0]!.page_count).toBe(12);
    const article = page(articleUrl('Water company fined'));
    expect(article).toContain('data-pagefind-body');
    expect(article).toMatch(/data-pagefind-filter="outlet">The Northern Ledger</);
    expect(article).toMatch(/data-pagefind-filter="author">Priya Natarajan</);
    expect(article).toMatch(/data-pagefind-filter="tag">water</);
    expect(article).toMatch(/data-pagefind-filter="year">2023</);
    expect(article).toContain('data-pagefind-sort="newest:2023-03-14"');
    expect(article).toContain('data-pagefind-sort="oldest:2023-03-14"');
    // An undated article sorts last both ways, so a date sort never leaves it out.
    const undated = page(articleUrl('Putin visits headquarters'));
    expect(undated).toContain('data-pagefind-sort="newest:0000-00-00"');
    expect(undated).toContain('data-pagefind-sort="oldest:9999-99-99"');
    expect(page('/archive/search/')).toMatch(/<select id="search-sort">[\s\S]*<option value="">Best match first<\/option>/);
    expect(page('/archive/')).not.toContain('data-pagefind-body');
    const search = page('/archive/search/');
    expect(search).toContain('<noscript>');
    expect(search).toContain('data-bundle-path="/archive/pagefind/"');
    expect(page('/archive/')).toMatch(/<form class="search-box" role="search" action="\/archive\/search\/" method="get">/);
  });
});

describe('configuration', () => {
  it('reports a bad config file with its field and exits 2', async () => {
    const bad = project({ 'news-archive.config.json': '{"pageSize": 0}' });
    const r = await run(['build'], bad);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('news-archive.config.json: "pageSize" must be a whole number from 1 to 500.');
    writeFileSync(path.join(bad, 'news-archive.config.json'), '{"colour": "red"}');
    expect((await run(['build'], bad)).stderr).toContain('unknown field "colour"');
    expect(existsSync(path.join(bad, '_site'))).toBe(false);
  });
});

/**
 * Story pages on a real build: the seeds (one AP/PA story in two outlets) and a
 * wire story with three rewrites of our own (tests/fixtures/story-copies: cuts,
 * additions, a move, a split and a merge). What each page shows is compared
 * with a golden file per story, written in a diff notation a reviewer can
 * read: [-deleted-] and {+inserted+}. A missing golden file is written from
 * today's output and the test fails, so that it is reviewed before it counts;
 * UPDATE_FIXTURES=1 rewrites them.
 */
import { cpSync, existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { DomUtils, parseDocument } from 'htmlparser2';
import { beforeAll, describe, expect, it } from 'vitest';
import { page, project, REPO, run } from '../helpers/cli.js';

/** A node of htmlparser2's document (domhandler's types, which it does not re-export). */
type ChildNode = ReturnType<typeof parseDocument>['children'][number];
type Element = Extract<ChildNode, { name: string; attribs: unknown }>;

const FIXTURES = path.join(REPO, 'tests', 'fixtures', 'story-copies');

interface Record {
  file: string;
  url: string;
  story: string;
  role: 'reference' | 'copy';
  comparison: { kept: number; edited: number; cut: number; added: number; moved: number; fromReference: number } | null;
}

let site: string;
let records: Record[];

beforeAll(async () => {
  const dir = project();
  cpSync(FIXTURES, path.join(dir, 'articles', 'story-copies'), { recursive: true });
  const built = await run(['build', '--quiet'], dir);
  expect(built.code, built.stderr).toBe(0);
  site = path.join(dir, '_site');
  records = JSON.parse(readFileSync(path.join(site, 'articles.json'), 'utf8')) as Record[];
});

const byClass = (name: string, nodes: ChildNode[]) =>
  DomUtils.findAll((e) => (e.attribs['class'] ?? '').split(' ').includes(name), nodes);

/** An element's text, with <del> and <ins> written as [-...-] and {+...+}. */
function marked(node: ChildNode): string {
  if (node.type === 'text') return (node as unknown as { data: string }).data;
  if (node.type !== 'tag') return '';
  const element = node as Element;
  if ((element.attribs['class'] ?? '').includes('visually-hidden')) return '';
  const inner = element.children.map(marked).join('');
  return element.name === 'del' ? `[-${inner}-]` : element.name === 'ins' ? `{+${inner}+}` : inner;
}

const squash = (text: string) => text.replace(/\s+/g, ' ').trim();

/** What a story page says, one line per thing it shows. */
function storyText(html: string): string {
  const doc = parseDocument(html, { decodeEntities: true });
  const lines: string[] = [];
  const [reference] = byClass('story-reference', doc.children);
  lines.push(`reference: ${squash(marked(DomUtils.findOne((e) => e.name === 'p', reference!.children)!))}`);
  lines.push(`rule: ${squash(marked(byClass('story-rule', [reference!])[0]!))}`);
  for (const copy of byClass('story-copy', doc.children)) {
    lines.push('', `## ${squash(marked(DomUtils.findOne((e) => e.name === 'h2', copy.children)!))}`);
    lines.push(squash(marked(byClass('copy-summary', [copy])[0]!)));
    const head = byClass('compare-head', [copy])[0]!;
    const terms = DomUtils.getElementsByTagName('dt', head);
    DomUtils.getElementsByTagName('dd', head).forEach((dd, i) =>
      lines.push(`${squash(marked(terms[i]!))}: ${squash(marked(dd))}`),
    );
    for (const row of byClass('row', [copy])) {
      const label = squash(marked(byClass('row-label', [row])[0]!));
      const side = byClass('side-diff', [row])[0] ?? byClass(label.startsWith('Cut') ? 'side-reference' : 'side-copy', [row])[0]!;
      lines.push(`${label} | ${squash(marked(side))}`);
    }
  }
  return `${lines.join('\n')}\n`;
}

/** Compare with a golden file; write it when missing (and fail) or when UPDATE_FIXTURES is set. */
function golden(name: string, actual: string): void {
  const file = path.join(REPO, 'tests', 'fixtures', 'story-golden', name);
  if (!existsSync(file) || process.env['UPDATE_FIXTURES']) {
    writeFileSync(file, actual);
    if (!process.env['UPDATE_FIXTURES']) throw new Error(`${name} was missing and has been written: review it, then run again`);
  }
  expect(actual).toBe(readFileSync(file, 'utf8'));
}

const storyOf = (file: string) => records.find((r) => r.file.endsWith(file))!.story;

describe('story pages', () => {
  it('show the wire story and its three rewrites as the golden file says', () => {
    golden('expected-harbour.txt', storyText(page(site, `/stories/${storyOf('story-copies/wire.txt')}/`)));
  });

  it('show the two seed articles, the PA wire copy as reference, as the golden file says', () => {
    golden('expected-seeds.txt', storyText(page(site, `/stories/${storyOf('000_660742fe10576b34.txt')}/`)));
  });

  it('are listed at /stories/, newest first, with copies and sources, and linked from each copy', () => {
    const listing = page(site, '/stories/');
    const harbour = `/stories/${storyOf('story-copies/wire.txt')}/`;
    const seeds = `/stories/${storyOf('000_660742fe10576b34.txt')}/`;
    expect(listing.indexOf(harbour)).toBeGreaterThan(0);
    expect(listing.indexOf(harbour)).toBeLessThan(listing.indexOf(seeds)); // dated before undated
    expect(listing).toContain(
      '4 copies from 4 sources · reference: Reuters · latest <time datetime="2024-05-15">15 May 2024</time>',
    );
    const copy = page(site, records.find((r) => r.file.endsWith('valley-news.txt'))!.url);
    expect(copy).toContain(`<a href="${harbour}">Compare the copies</a>`);
    expect(page(site, '/')).toMatch(/<a href="\/stories\/"[^>]*>Stories<\/a>/);
  });

  it('give every record its role, and each copy its figures, in articles.json and articles.csv', () => {
    const wire = records.find((r) => r.file.endsWith('story-copies/wire.txt'))!;
    expect(wire.role).toBe('reference');
    expect(wire.comparison).toBeNull();
    const valley = records.find((r) => r.file.endsWith('valley-news.txt'))!;
    expect(valley.role).toBe('copy');
    expect(valley.comparison).toMatchObject({ kept: 7, edited: 1, cut: 0, added: 0, moved: 1 });
    const alone = records.find((r) => r.file.endsWith('.txt') && !r.file.includes('story-copies') && !r.file.includes('/0'));
    if (alone) expect(alone.role).toBe('reference');
    const csv = readFileSync(path.join(site, 'articles.csv'), 'utf8').split('\r\n');
    expect(csv[0]).toContain(',story,role,kept,edited,cut,added,from_reference,');
    const row = csv.find((line) => line.includes('valley-news.txt'))!;
    expect(row).toMatch(new RegExp(`,${valley.story},copy,7,1,0,0,${valley.comparison!.fromReference},`));
  });
});

import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { tempDir } from '../helpers/temp.js';
import { LinkRecords, loadManifest, saveManifest, type SiteManifest } from '../../src/publish/manifest.js';
import { checkPage } from '../../src/publish/validate.js';

const page = (body: string) =>
  `<!doctype html><html><body><nav><a href="/">Home</a> <a href="/search/?q=x">Search</a></nav>` +
  `<div class="article-body">${body}</div></body></html>`;

describe('the links of pages', () => {
  it('reads internal links, query and fragment cut, and marks those in the article body', () => {
    const links = checkPage(
      page('<a href="/articles/a/#top">A</a> <a href="https://example.com/">out</a> <a href="//cdn/x">cdn</a>'),
    );
    expect(links).toEqual([
      { target: '/', inBody: false },
      { target: '/search/', inBody: false },
      { target: '/articles/a/', inBody: true },
    ]);
    expect(checkPage('<html><body>cut sho')).toBeNull();
  });

  it('gives every page of a build the same record for the same link', () => {
    const records = new LinkRecords();
    const first = checkPage(page('<a href="/articles/a/">A</a>'), records)!;
    const second = checkPage(page('<a href="/articles/a/">A</a>'), records)!;
    expect(second).toEqual(first);
    first.forEach((record, i) => expect(second[i]).toBe(record));
    // The same target in the body and outside it are two links.
    expect(records.of('/articles/a/', false)).not.toBe(records.of('/articles/a/', true));
    expect(Object.isFrozen(first[0])).toBe(true);
  });

  it('keeps each page’s links through the site manifest, sharing records when loaded', () => {
    const dir = tempDir('na-links-');
    const records = new LinkRecords();
    const links = new Map([
      ['hash-1', checkPage(page('<a href="/articles/a/">A</a>'), records)!],
      ['hash-2', checkPage(page('<a href="/">home</a>'), records)!],
    ]);
    const manifest: SiteManifest = {
      inputsKey: 'i',
      statKey: 's',
      readAt: 1,
      summary: null,
      published: { id: 'p', files: new Map([['index.html', 'h']]) },
      spare: null,
      pages: new Map(),
      searchKey: 'k',
      links,
    };
    const file = path.join(dir, 'site.json');
    saveManifest(file, manifest);
    const loaded = loadManifest(file).manifest!;
    expect(loaded.links).toEqual(links);
    const [a, b] = [loaded.links.get('hash-1')!, loaded.links.get('hash-2')!];
    expect(a[0]).toBe(b[0]);
    expect(b[2]).toEqual({ target: '/', inBody: true });
  });
});

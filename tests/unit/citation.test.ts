import { describe, expect, it } from 'vitest';
import {
  cslItem,
  cslName,
  formatCitations,
  formatCitationsMany,
  highwireTags,
  type CitableArticle,
} from '../../src/render/citation.js';
import type { SiteConfig } from '../../src/types.js';

const SITE: SiteConfig = {
  title: 'Test Archive',
  description: '',
  language: 'en-GB',
  basePath: '/',
  origin: 'https://archive.example',
  pageSize: 20,
};

function article(overrides: Partial<CitableArticle>): CitableArticle {
  return {
    headline: 'Council agrees budget',
    authors: [],
    byline: null,
    outlet: { name: 'The Northern Ledger' },
    agency: null,
    date: '2024-03-05',
    originalUrl: null,
    retrieved: null,
    absoluteUrl: 'https://archive.example/articles/council-agrees-budget-abc123/',
    ...overrides,
  };
}

const cite = (overrides: Partial<CitableArticle>) => formatCitations(cslItem(article(overrides), 'key_abc123', SITE));
const apa = (overrides: Partial<CitableArticle>) => cite(overrides).styles.find((s) => s.id === 'apa')!.text;
const people = (...names: string[]) => names.map((name) => ({ name }));

describe('cslName', () => {
  const rows: Array<[string, string, ReturnType<typeof cslName>]> = [
    ['initials', 'J. R. R. Tolkien', { family: 'Tolkien', given: 'J. R. R.' }],
    ['an accent and an apostrophe', "Zoë O'Brien", { family: "O'Brien", given: 'Zoë' }],
    ['a particle', 'Ludwig van Beethoven', { family: 'Beethoven', given: 'Ludwig', 'non-dropping-particle': 'van' }],
    ['two particles', 'Ursula von der Leyen', { family: 'Leyen', given: 'Ursula', 'non-dropping-particle': 'von der' }],
    ['a hyphenated given name', 'Jean-Paul Sartre', { family: 'Sartre', given: 'Jean-Paul' }],
    ['a hyphenated family name', 'Ana Ruiz-Gómez', { family: 'Ruiz-Gómez', given: 'Ana' }],
    ['a suffix', 'Martin Luther King Jr.', { family: 'King', given: 'Martin Luther', suffix: 'Jr.' }],
    ['an organisation', 'Associated Press Reporters', { literal: 'Associated Press Reporters' }],
    ['a desk', 'Staff reporter', { literal: 'Staff reporter' }],
    ['one name', 'Madonna', { literal: 'Madonna' }],
  ];
  for (const [name, input, expected] of rows) it(name, () => expect(cslName(input)).toEqual(expected));
});

describe('formatted citations', () => {
  it('writes APA 7 names: family name, initials, an ampersand before the last', () => {
    expect(apa({ authors: people("Zoë O'Brien", 'J. R. R. Tolkien') })).toBe(
      'O’Brien, Z., & Tolkien, J. R. R. (2024, March 5). Council agrees budget. The Northern Ledger. https://archive.example/articles/council-agrees-budget-abc123/',
    );
  });

  it('keeps a particle with the family name', () => {
    expect(apa({ authors: people('Ludwig van Beethoven') })).toMatch(/^van Beethoven, L\. \(2024, March 5\)\./);
  });

  it('writes an organisation as the author, as it is', () => {
    expect(apa({ authors: [], byline: 'Associated Press Reporters', outlet: null, agency: 'Press Association' })).toBe(
      'Associated Press Reporters. (2024, March 5). Council agrees budget. Press Association. https://archive.example/articles/council-agrees-budget-abc123/',
    );
  });

  it('puts the title first when no one is named, and n.d. when there is no date', () => {
    expect(apa({ date: null })).toMatch(/^Council agrees budget\. \(n\.d\.\)\. The Northern Ledger\./);
  });

  it("cites the original page's address when front matter gives it, and the retrieval date when the page is undated", () => {
    // APA 7 gives a retrieval date only for undated pages, whose text may change.
    expect(apa({ originalUrl: 'https://ledger.example/budget', retrieved: '2024-03-06' })).toBe(
      'Council agrees budget. (2024, March 5). The Northern Ledger. https://ledger.example/budget',
    );
    expect(apa({ date: null, originalUrl: 'https://ledger.example/budget', retrieved: '2024-03-06' })).toBe(
      'Council agrees budget. (n.d.). The Northern Ledger. Retrieved March 6, 2024, from https://ledger.example/budget',
    );
  });

  it('formats many items as it formats each alone, with no year suffix for items whose citations would read alike', () => {
    const items = [
      article({ authors: people('Jane Smith'), headline: 'Budget agreed' }),
      article({ authors: people('Jane Smith'), headline: 'Budget challenged' }),
      article({ authors: people('Alan Smith', 'Rita Ora'), headline: 'Budget passed' }),
      article({ authors: people('Jane Smith'), headline: 'Budget revisited', date: '2023-01-02' }),
      article({ byline: 'Press Association', headline: 'Storm warning' }),
      article({ headline: 'No one named' }),
      article({ headline: 'No one named again' }),
      article({ headline: 'No one named', outlet: { name: 'The Southern Star' } }),
      article({ headline: 'Undated', date: null }),
      article({ headline: 'Undated too', date: null }),
      ...Array.from({ length: 150 }, (_, i) => article({ authors: people(`Writer Number${i}`), headline: `Story ${i}` })),
    ].map((a, i) => cslItem(a, i === 1 ? 'key_0' : `key_${i}`, SITE));
    const many = formatCitationsMany(items);
    expect(many).toEqual(items.map((item) => formatCitations(item)));
    for (const c of many) for (const s of c.styles) expect(s.text).not.toMatch(/\((?:\d{4}|n\.d\.)-?[a-z]\b|\b\d{4}[a-z]\b/);
    expect(many[0]!.styles[0]!.text).toBe(
      'Smith, J. (2024, March 5). Budget agreed. The Northern Ledger. https://archive.example/articles/council-agrees-budget-abc123/',
    );
  });

  it('offers a second style, Harvard', () => {
    const harvard = cite({ authors: people('Jane Doe') }).styles.find((s) => s.id === 'harvard1')!;
    expect(harvard.name).toBe('Harvard');
    expect(harvard.text).toMatch(/^Doe, J\. \(2024\) “Council agrees budget,” The Northern Ledger, 5 March\./);
  });

  it('keeps braces and other TeX specials of a headline in BibTeX, and every author apart', () => {
    const { bibtex } = cite({ headline: 'A {braced} title & 100% more', authors: people('Jane Doe', 'John Roe') });
    expect(bibtex).toMatch(/^@article\{key_abc123,\n/);
    expect(bibtex).toContain('\\textbraceleft{}braced\\textbraceright{}');
    expect(bibtex).toContain('\\&');
    expect(bibtex).toContain('\\%');
    expect(bibtex).toContain('author = {Doe, Jane and Roe, John}');
  });

  it('writes RIS and CSL-JSON of the same item', () => {
    const { ris, csl } = cite({ authors: people('Jane Doe') });
    expect(ris).toMatch(/^TY {2}- NEWS$/m);
    expect(ris).toMatch(/^AU {2}- Doe, Jane$/m);
    expect(ris).toMatch(/^PY {2}- 2024$/m);
    expect(ris).toMatch(/^T2 {2}- The Northern Ledger$/m);
    expect(JSON.parse(csl)).toEqual([
      expect.objectContaining({
        type: 'article-newspaper',
        title: 'Council agrees budget',
        author: [{ family: 'Doe', given: 'Jane' }],
      }),
    ]);
  });

  it('gives Highwire meta tags for reference managers and scholarly search', () => {
    const a = article({ authors: people('Ludwig van Beethoven'), originalUrl: 'https://ledger.example/budget' });
    expect(highwireTags(cslItem(a, 'k', SITE), a)).toEqual([
      { name: 'citation_title', content: 'Council agrees budget' },
      { name: 'citation_author', content: 'van Beethoven, Ludwig' },
      { name: 'citation_publication_date', content: '2024/03/05' },
      { name: 'citation_journal_title', content: 'The Northern Ledger' },
      { name: 'citation_public_url', content: 'https://ledger.example/budget' },
      { name: 'citation_fulltext_html_url', content: 'https://archive.example/articles/council-agrees-budget-abc123/' },
      { name: 'citation_language', content: 'en-GB' },
    ]);
  });
});

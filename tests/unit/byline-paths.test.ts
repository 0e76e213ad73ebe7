/**
 * A byline is split into authors the same way wherever it is written: in the
 * article's text (`By ...` under the headline) or in front matter (`byline:`).
 * One table, both paths.
 */
import { describe, expect, it } from 'vitest';
import { parseSource } from '../../src/parse/index.js';
import type { ArticleRecord } from '../../src/types.js';

const BODY = 'The council met on Monday evening to agree the plans for the coming year, after a long debate.\n';

function parse(text: string): ArticleRecord {
  return parseSource({ path: 'a.txt', relPath: 'a.txt', ext: 'txt', text, diagnostics: [] }).record;
}

const fromText = (byline: string) => parse(`Council agrees budget\n\nBy ${byline}\n\n${BODY}`);
const fromFrontMatter = (byline: string) =>
  parse(`---\nbyline: ${JSON.stringify(byline)}\n---\nCouncil agrees budget\n\n${BODY}`);

const ROWS: Array<{ name: string; byline: string; authors: string[]; agency?: string }> = [
  {
    name: 'initials, accents and an apostrophe',
    byline: "J. R. R. Tolkien and Zoë O'Brien",
    authors: ['J. R. R. Tolkien', "Zoë O'Brien"],
  },
  {
    name: 'the same two, the other way round',
    byline: "Zoë O'Brien and J. R. R. Tolkien",
    authors: ["Zoë O'Brien", 'J. R. R. Tolkien'],
  },
  {
    name: 'particles',
    byline: 'Ludwig van Beethoven and Charles de Gaulle',
    authors: ['Ludwig van Beethoven', 'Charles de Gaulle'],
  },
  {
    name: 'hyphens and an ampersand',
    byline: 'Jean-Paul Sartre & Anne-Marie Dubois',
    authors: ['Jean-Paul Sartre', 'Anne-Marie Dubois'],
  },
  { name: 'accents only', byline: 'José María Álvarez', authors: ['José María Álvarez'] },
  { name: 'commas and "and"', byline: 'Jane Doe, John Roe and Ann Lee', authors: ['Jane Doe', 'John Roe', 'Ann Lee'] },
  { name: 'a role after a comma', byline: 'Jane Doe, Political Editor', authors: ['Jane Doe'] },
  { name: 'an agency after a dash', byline: 'Jane Doe - Reuters', authors: ['Jane Doe'], agency: 'Reuters' },
];

describe('a byline gives the same authors in the text and in front matter', () => {
  for (const row of ROWS) {
    it(row.name, () => {
      for (const [path, record] of [
        ['text', fromText(row.byline)],
        ['front matter', fromFrontMatter(row.byline)],
      ] as const) {
        expect(record.authors, `${path}: ${row.byline}`).toEqual(row.authors);
        if (row.agency) expect(record.agency, `${path}: ${row.byline}`).toBe(row.agency);
      }
    });
  }

  it('keeps a front-matter byline as written, and its authors: list over the split', () => {
    const record = parse(`---\nbyline: Jane Doe, Political Editor\nauthors: [J. Doe]\n---\nCouncil agrees budget\n\n${BODY}`);
    expect(record.byline).toBe('Jane Doe, Political Editor');
    expect(record.authors).toEqual(['J. Doe']);
  });

  it('takes a front-matter byline it cannot split as one author', () => {
    expect(fromFrontMatter('the newsdesk team').authors).toEqual(['the newsdesk team']);
  });
});

import { describe, expect, it } from 'vitest';
import { basePath } from '../../src/config.js';
import { diagnostic } from '../../src/diagnostics/catalogue.js';
import { formatDiagnostics } from '../../src/diagnostics/format.js';

describe('diagnostics', () => {
  it('print as path:line:col: severity[code]: message, with the hint below, sorted', () => {
    const text = formatDiagnostics(
      [
        diagnostic('front-matter/unknown-key', { file: 'b.txt', line: 3 }, 'colour'),
        diagnostic(
          'front-matter/yaml',
          { file: 'a.txt', line: 2, column: 8 },
          'Nested mappings are not allowed in compact mappings',
        ),
      ],
      'text',
    );
    expect(text).toBe(
      [
        'a.txt:2:8: error[front-matter/yaml]: The front matter is not valid YAML: Nested mappings are not allowed in compact mappings.',
        '  hint: Quote values that contain a colon, e.g. `title: "Breaking: news"`.',
        'b.txt:3:1: warning[front-matter/unknown-key]: Unknown front-matter field `colour` was ignored.',
        '  hint: Known fields: headline, standfirst, byline, authors, outlet, agency, date, dateline, tags, slug, url, retrieved.',
      ].join('\n'),
    );
  });

  it('print as JSON', () => {
    const json = JSON.parse(formatDiagnostics([diagnostic('read/empty', { file: 'e.txt', line: 1 })], 'json'));
    expect(json).toEqual([
      {
        code: 'read/empty',
        severity: 'error',
        message: 'The file is empty or holds only white space.',
        hint: 'Add the article text, or delete the file.',
        file: 'e.txt',
        line: 1,
        column: 1,
      },
    ]);
  });
});

describe('--base-path', () => {
  it.each([
    ['/', '/'],
    ['', '/'],
    ['archive', '/archive/'],
    ['/archive', '/archive/'],
    ['/news/archive/', '/news/archive/'],
  ])('%j -> %j', (raw, expected) => expect(basePath(raw)).toBe(expected));

  it.each(['/../x/', '/a b/', '/a//b/', 'https://x/'])('refuses %j', (raw) => expect(() => basePath(raw)).toThrow(/--base-path/));
});

/**
 * Properties that must hold for any input, checked with fast-check.
 */
import { fc, test } from '@fast-check/vitest';
import { describe, expect } from 'vitest';
import { articleSlug, MAX_SLUG, SLUG_PATTERN } from '../src/enrich/slug.js';
import { readFrontMatter } from '../src/parse/front-matter.js';
import { parseSource } from '../src/parse/index.js';
import { decode } from '../src/read/decode.js';
import { bodyHtml } from '../src/render/body-html.js';

declare global {
  var __propertyRan: unknown;
}

describe('properties', () => {
  test.prop([fc.string({ unit: 'grapheme', maxLength: 300 }), fc.string({ maxLength: 80 })])(
    'every slug is safe, whatever the headline',
    (headline, relPath) => {
      const slug = articleSlug(headline, relPath);
      expect(slug).toMatch(SLUG_PATTERN);
      expect(slug.length).toBeLessThanOrEqual(MAX_SLUG);
    },
  );

  const scheme = fc
    .constantFrom('javascript', 'vbscript', 'data')
    .chain((s) =>
      fc.tuple(
        fc.constant(s),
        fc.array(fc.boolean(), { minLength: s.length, maxLength: s.length }),
        fc.constantFrom('', ' ', '\t', '&#x09;', '%20'),
      ),
    )
    .map(([s, upper, pad]) => [...s].map((c, i) => (upper[i] ? c.toUpperCase() : c)).join('') + pad + ':alert(1)');

  test.prop([scheme, fc.constantFrom('link', 'image', 'html', 'autolink')])(
    'no dangerous URL scheme survives rendering',
    (url, form) => {
      const markdown =
        form === 'link'
          ? `[x](${url})`
          : form === 'image'
            ? `![x](${url})`
            : form === 'html'
              ? `<a href="${url}">x</a>`
              : `<${url}>`;
      const html = bodyHtml([], markdown);
      for (const m of html.matchAll(/(?:href|src)="([^"]*)"/g)) {
        expect(
          decodeURIComponent(m[1]!)
            .replace(/[\s\0]/g, '')
            .toLowerCase(),
        ).not.toMatch(/^(javascript|vbscript|data):/);
      }
    },
  );

  test.prop([
    fc.constantFrom(
      'js',
      'javascript',
      'JS',
      'JavaScript',
      ' js',
      ' javascript ',
      'coffee',
      'constructor',
      'toString',
      '__proto__',
      'yaml js',
    ),
  ])('no front-matter fence variant runs code', (language) => {
    globalThis.__propertyRan = undefined;
    const fm = readFrontMatter(`---${language}\n(globalThis.__propertyRan = 1, { headline: 'x' })\n---\nBody`, 'a.txt');
    expect(globalThis.__propertyRan).toBeUndefined();
    expect(fm.failed).toBe(true);
  });

  const line = fc.stringMatching(/^[A-Za-z][A-Za-z ,.'’“”-]{0,60}[.?!]?$/);
  test.prop([fc.array(line, { minLength: 2, maxLength: 12 }), fc.array(fc.boolean(), { minLength: 12, maxLength: 12 })])(
    'CR, CRLF and LF line endings give equal records',
    (lines, blanks) => {
      const lf = lines.map((l, i) => (blanks[i] ? `${l}\n` : l)).join('\n');
      const record = (text: string) => {
        const source = {
          path: 'a.txt',
          relPath: 'a.txt',
          ext: 'txt' as const,
          text: decode(Buffer.from(text)).text,
          diagnostics: [],
        };
        return parseSource(source).record;
      };
      const expected = record(lf);
      expect(record(lf.replace(/\n/g, '\r\n'))).toEqual(expected);
      expect(record(lf.replace(/\n/g, '\r'))).toEqual(expected);
    },
  );
});

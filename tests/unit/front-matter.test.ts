import { describe, expect, it } from 'vitest';
import { readFrontMatter } from '../../src/parse/front-matter.js';

declare global {
  var __frontMatterRan: unknown;
}

const read = (text: string) => readFrontMatter(text, 'a.txt');
const codes = (text: string) => read(text).diagnostics.map((d) => `${d.line}:${d.code}`);

describe('front matter', () => {
  it('reads YAML fields and counts the lines it took', () => {
    const fm = read('---\nheadline: Hello\ndate: 2023-04-18\ntags: [a, b]\n---\nBody');
    expect(fm.fields).toEqual({ headline: 'Hello', date: '2023-04-18', tags: ['a', 'b'] });
    expect(fm.body).toBe('Body');
    expect(fm.bodyLineOffset).toBe(5);
    expect(fm.failed).toBe(false);
  });

  it('leaves text without front matter alone', () => {
    expect(read('Headline\n\nBody.')).toMatchObject({ body: 'Headline\n\nBody.', bodyLineOffset: 0, failed: false });
  });

  it.each(['---js', '---javascript', '---JS', '--- js', '---coffee', '---constructor', '---toString'])(
    'refuses %j at line 1 and runs nothing',
    (fence) => {
      globalThis.__frontMatterRan = undefined;
      const fm = read(`${fence}\n{ headline: (globalThis.__frontMatterRan = 1) }\n---\nBody`);
      expect(fm.failed).toBe(true);
      expect(fm.diagnostics[0]).toMatchObject({ code: 'front-matter/language', line: 1 });
      expect(globalThis.__frontMatterRan).toBeUndefined();
    },
  );

  it('reports an unclosed fence at line 1', () => {
    expect(codes('---\nheadline: Hello\n\nBody')).toEqual(['1:front-matter/unclosed']);
  });

  it('points YAML errors at their line in the file, with a fix', () => {
    const fm = read('---\noutlet: X\ntitle: Breaking: news\n---\nBody');
    expect(fm.failed).toBe(true);
    expect(fm.diagnostics[0]).toMatchObject({ code: 'front-matter/yaml', line: 3 });
    expect(fm.diagnostics[0]!.hint).toContain('"Breaking: news"');
  });

  it('reports unknown and prototype keys and never copies them', () => {
    const fm = read('---\nheadline: A\ncolour: red\n__proto__: {polluted: 1}\nconstructor: x\n---\nBody');
    expect(fm.diagnostics.map((d) => d.message)).toEqual([
      'Unknown front-matter field `__proto__` was ignored.',
      'Unknown front-matter field `colour` was ignored.',
      'Unknown front-matter field `constructor` was ignored.',
    ]);
    expect(Object.keys(fm.fields)).toEqual(['headline']);
    expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
  });

  it('refuses impossible dates, unsafe URLs, bad slugs, aliases and custom tags', () => {
    expect(codes('---\ndate: 2024-02-30\n---\nB')).toEqual(['2:date/invalid']);
    expect(codes('---\nurl: javascript:alert(1)\n---\nB')).toEqual(['2:front-matter/type']);
    expect(codes('---\nslug: ../../etc\n---\nB')).toEqual(['2:slug/invalid']);
    expect(read('---\na: &x [1]\ntags: *x\n---\nB').failed).toBe(true);
    expect(read('---\nheadline: !!js/function "f()"\n---\nB').failed).toBe(true);
  });

  it('accepts JSON front matter', () => {
    expect(read('---json\n{"headline": "J"}\n---\nB').fields).toEqual({ headline: 'J' });
  });
});

/**
 * Articles that quote markup, Markdown or template syntax as text publish:
 * the validate stage reads links from the parsed page, so quoted markup is
 * text, not a link. A Markdown article's own broken link is a content error
 * that names its file and line, and leaves the published site untouched.
 */
import { cpSync, existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { page, project, REPO, run, treeHash } from '../helpers/cli.js';

const FIXTURES = path.join(REPO, 'tests', 'fixtures', 'quoting');

describe('articles that quote markup', () => {
  it('publish, with the quoted markup shown as text', async () => {
    const dir = project();
    cpSync(FIXTURES, path.join(dir, 'articles', 'quoting'), { recursive: true });
    const result = await run(['build', '--quiet', '--base-path', '/archive/'], dir);
    expect(result.code, result.stderr).toBe(0);
    const records = JSON.parse(readFileSync(path.join(dir, '_site', 'articles.json'), 'utf8')) as Array<{
      file: string;
      url: string;
    }>;
    const pageOf = (name: string) =>
      page(path.join(dir, '_site'), records.find((r) => r.file.endsWith(name))!.url.replace(/^\/archive/, ''));
    const security = pageOf('security-blog-quotes-html.txt');
    expect(security).toContain('(&#x3C;img src="/image.svg" onerror="alert(1)">)');
    expect(security).not.toMatch(/<img src="\/image\.svg"/);
    expect(pageOf('markdown-syntax-in-text.txt')).toContain('[the text](/the/address/)');
    expect(pageOf('template-syntax-in-text.txt')).toContain('{{ site.title }}');
    const markdown = pageOf('markdown-quotes-html.md');
    expect(markdown).toContain('<code>&#x3C;img src="/image.svg"></code>');
    expect(markdown).not.toContain('raw-picture.svg');
  });

  it("report an article's own broken link as its error, at its line, and publish nothing", async () => {
    const dir = project();
    expect((await run(['build', '--quiet'], dir)).code).toBe(0);
    const before = treeHash(path.join(dir, '_site'));
    writeFileSync(
      path.join(dir, 'articles', 'links-elsewhere.md'),
      '# A story that links to its old site\n\nThe council met on Monday.\n\nSee [the earlier story](/news/2023/earlier-story/) for the background.\n',
    );
    const result = await run(['build'], dir);
    expect(result.code, result.stderr).toBe(1);
    expect(result.stderr).toContain(
      'articles/links-elsewhere.md:5:25: error[site/broken-link]: The article links to /news/2023/earlier-story/, which is not a page of this archive.',
    );
    expect(result.stderr).toContain("hint: Link to the page's full address (https://…)");
    expect(treeHash(path.join(dir, '_site'))).toEqual(before);
    expect(existsSync(path.join(dir, '_site', 'articles.json'))).toBe(true);
  });
});

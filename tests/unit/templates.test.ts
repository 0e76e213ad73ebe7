import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const root = path.join(import.meta.dirname, '..', '..', 'templates');
const templates = (readdirSync(root, { recursive: true }) as string[]).filter((f) => f.endsWith('.njk'));

describe('templates', () => {
  it('print only the sanitized body unescaped', () => {
    const unescaped = templates.flatMap((file) =>
      [...readFileSync(path.join(root, file), 'utf8').matchAll(/\{\{[^}]*\|\s*safe\b[^}]*\}\}|\{%-?\s*autoescape\s+false/g)].map(
        (m) => `${file}: ${m[0]}`,
      ),
    );
    expect(unescaped).toEqual([`${path.join('_includes', 'pages', 'article.njk')}: {{ article.bodyHtml | safe }}`]);
  });
});

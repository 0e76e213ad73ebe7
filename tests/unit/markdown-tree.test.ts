import { describe, expect, it } from 'vitest';
import { MarkdownLimitError, markdownTree } from '../../src/markdown/tree.js';

describe('bounded Markdown', () => {
  it('parses ordinary Markdown in the worker', () => {
    const tree = markdownTree('# Title\n\nText with *emphasis*.');
    expect(tree.children.map((c) => c.type)).toEqual(['heading', 'paragraph']);
  });

  it('gives up on Markdown that takes too long, and recovers for the next article', () => {
    expect(() => markdownTree('['.repeat(100_000) + 'x' + ']'.repeat(100_000), 1000)).toThrow(MarkdownLimitError);
    expect(markdownTree('still *fine*').children).toHaveLength(1);
  });

  it('refuses nesting deeper than the stack allows', () => {
    expect(() => markdownTree('>'.repeat(5000) + ' deep')).toThrow(/5000 levels deep/);
  });
});

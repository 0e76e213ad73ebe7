/**
 * Markdown articles (`.md`): the structure is already marked up, so blocks come
 * from the Markdown tree instead of raw-text heuristics. A leading `# Heading`
 * is the headline unless front matter sets one.
 */
import type { RootContent } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { markdownTree } from '../markdown/tree.js';
import type { Block } from '../types.js';

export interface MarkdownFields {
  headline: string | null;
  body: Block[];
  /** The Markdown with the headline heading removed, for rendering. */
  markdown: string;
}

/**
 * Read a Markdown body into blocks.
 * @param markdown the text after front matter
 * @throws MarkdownLimitError for Markdown too deep or too slow to read
 */
export function parseMarkdown(markdown: string): MarkdownFields {
  const tree = markdownTree(markdown);
  let headline: string | null = null;
  let rest = markdown;
  const first = tree.children[0];
  if (first?.type === 'heading' && first.depth === 1) {
    headline = toString(first).trim();
    const end = first.position?.end.offset ?? 0;
    rest = markdown.slice(end).replace(/^\n+/, '');
  }
  const body: Block[] = [];
  for (const node of tree.children) {
    if (node === first && headline !== null) continue;
    collect(node, body);
  }
  return { headline, body, markdown: rest };
}

function collect(node: RootContent, out: Block[]): void {
  const text = toString(node).replace(/\s+/g, ' ').trim();
  switch (node.type) {
    case 'heading':
      if (text) out.push({ type: 'subheading', text });
      return;
    case 'blockquote':
      if (text) out.push({ type: 'quote', text });
      return;
    case 'paragraph': {
      const image = node.children.length === 1 && node.children[0]?.type === 'image' ? node.children[0] : null;
      if (image) out.push({ type: 'figure', caption: image.title ?? null, credit: null, alt: image.alt || null });
      else if (text) out.push({ type: 'paragraph', text });
      return;
    }
    case 'list':
      for (const item of node.children) {
        const t = toString(item).replace(/\s+/g, ' ').trim();
        if (t) out.push({ type: 'paragraph', text: t });
      }
      return;
    case 'code':
    case 'table':
      if (text) out.push({ type: 'paragraph', text });
      return;
    default:
      return;
  }
}

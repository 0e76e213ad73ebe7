/**
 * Body blocks to HTML, through the unified pipeline: blocks -> mdast -> remark-html.
 * remark-html sanitizes (hast-util-sanitize's GitHub schema, plus figure,
 * figcaption and a quotation's footer), so this HTML is safe to print unescaped, and nothing else is.
 *
 * `.txt` text is only ever a text node: `<b>` or `*stars*` in an article stay as
 * they were written. `.md` bodies are parsed by remark-parse first.
 */
import { defaultSchema, type Schema } from 'hast-util-sanitize';
import type { BlockContent, PhrasingContent, Root, RootContent } from 'mdast';
import remarkHtml from 'remark-html';
import { unified } from 'unified';
import { markdownTree } from '../markdown/tree.js';
import type { Block, FigureBlock } from '../types.js';

const schema: Schema = {
  ...defaultSchema,
  tagNames: [...(defaultSchema.tagNames ?? []), 'figure', 'figcaption', 'footer'],
  attributes: {
    ...defaultSchema.attributes,
    span: [...(defaultSchema.attributes?.['span'] ?? []), ['className', 'credit', 'alt']],
  },
};

const toHtml = unified().use(remarkHtml, { sanitize: schema });

/**
 * Render an article body.
 * @param blocks the parsed blocks (used for `.txt` articles)
 * @param markdown the Markdown body of a `.md` article, or null
 */
export function bodyHtml(blocks: readonly Block[], markdown: string | null): string {
  const tree: Root = markdown !== null ? markdownTree(markdown) : { type: 'root', children: blocks.map(toMdast) };
  return toHtml.stringify(toHtml.runSync(tree) as Root).trim();
}

function toMdast(block: Block): RootContent {
  switch (block.type) {
    case 'paragraph':
      return { type: 'paragraph', children: [text(block.text)] };
    case 'subheading':
      return { type: 'heading', depth: 2, children: [text(block.text)] };
    case 'quote': {
      const children: BlockContent[] = [{ type: 'paragraph', children: [text(block.text)] }];
      // `<footer>— Sam Okoye, Writer</footer>`: who said it, inside the quotation.
      if (block.cite) children.push({ type: 'paragraph', data: { hName: 'footer' }, children: [text(`— ${block.cite}`)] });
      return { type: 'blockquote', children };
    }
    case 'figure':
      return figure(block);
    case 'code':
      return { type: 'code', value: block.text };
  }
}

function text(value: string): PhrasingContent {
  return { type: 'text', value };
}

function span(className: string, value: string): PhrasingContent {
  return { type: 'emphasis', data: { hName: 'span', hProperties: { className: [className] } }, children: [text(value)] };
}

/** `<figure><figcaption>Caption <span class="credit">Credit</span></figcaption></figure>` */
function figure(block: FigureBlock): BlockContent {
  const parts: PhrasingContent[] = [];
  if (block.caption !== null) parts.push(text(block.caption));
  else if (block.alt !== null) parts.push(span('alt', block.alt));
  if (block.credit !== null) {
    if (parts.length > 0) parts.push(text(' '));
    parts.push(span('credit', block.credit));
  }
  return {
    type: 'paragraph',
    data: { hName: 'figure' },
    children: [{ type: 'emphasis', data: { hName: 'figcaption' }, children: parts }],
  };
}

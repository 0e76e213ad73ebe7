/**
 * How deeply a Markdown text nests block quotes and lists. The Markdown
 * pipeline recurses once per level, so 5,000 nested `>` would overflow the
 * stack: texts nested deeper than MAX_MARKDOWN_DEPTH are refused instead.
 * Shared by the parse and render stages; imports nothing.
 */

/** The deepest nesting accepted. Real articles stay in single digits. */
export const MAX_MARKDOWN_DEPTH = 100;

/**
 * The deepest run of block-quote or list markers opening any line, plus its indentation in steps of four.
 * @param markdown the Markdown text
 */
export function markdownDepth(markdown: string): number {
  let deepest = 0;
  for (const line of markdown.split('\n')) {
    const markers = /^(?:\s*(?:>|[*+-](?=\s)|\d{1,9}[.)](?=\s)))*/.exec(line)![0];
    const depth = (markers.match(/>|[*+-]|\d[.)]/g) ?? []).length + Math.floor(/^\s*/.exec(line)![0].length / 4);
    if (depth > deepest) deepest = depth;
  }
  return deepest;
}

/**
 * Every diagnostic the tool can emit, in one place, with a stable code.
 * Messages say what happened and why; hints say what to do.
 * Tests assert these texts, so change them deliberately.
 */
import type { Diagnostic, Severity } from '../types.js';

interface Entry {
  severity: Severity;
  message: (detail: string) => string;
  hint?: (detail: string) => string;
}

export const catalogue = {
  'read/empty': {
    severity: 'error',
    message: () => 'The file is empty or holds only white space.',
    hint: () => 'Add the article text, or delete the file.',
  },
  'read/too-large': {
    severity: 'error',
    message: (d) => `The file is larger than the size limit (${d}).`,
    hint: () => 'Split the file, or raise the limit with `--max-file-size`.',
  },
  'read/binary': {
    severity: 'error',
    message: (d) => `The file looks like binary data, not text (${d}).`,
    hint: (d) =>
      d.startsWith('UTF-16')
        ? 'Re-save the file as UTF-8 (or as UTF-16 with a byte-order mark).'
        : 'Only plain-text articles (.txt, .md) can be archived; remove this file.',
  },
  'read/encoding-fallback': {
    severity: 'warning',
    message: (d) => `The file is not valid UTF-8 (first bad byte ${d}); it was read as Windows-1252.`,
    hint: () => 'Re-save the file as UTF-8 to silence this warning.',
  },
  'read/symlink-outside': {
    severity: 'error',
    message: (d) => `The file is a link to ${d}, outside the input folder; it was not read.`,
    hint: () => 'Copy the file into the input folder instead of linking to it.',
  },
  'front-matter/language': {
    severity: 'error',
    message: (d) =>
      `Front matter in "${d}" is not allowed: only YAML front matter is read, and nothing in an article is ever run.`,
    hint: () => 'Write the front matter as YAML between `---` lines.',
  },
  'front-matter/unclosed': {
    severity: 'error',
    message: () => 'The front matter opened with `---` is never closed.',
    hint: () => 'Add a line holding only `---` after the last front-matter field.',
  },
  'front-matter/yaml': {
    severity: 'error',
    message: (d) => `The front matter is not valid YAML: ${d}.`,
    hint: () => 'Quote values that contain a colon, e.g. `title: "Breaking: news"`.',
  },
  'front-matter/too-deep': {
    severity: 'error',
    message: (d) => `The front matter is nested ${d} levels deep; article fields are flat.`,
    hint: () => 'Write each field as `key: value`, or a list `key: [a, b]`.',
  },
  'front-matter/not-a-map': {
    severity: 'error',
    message: () => 'The front matter must be a list of `key: value` fields.',
    hint: () => 'Write one field per line, e.g. `outlet: Express & Star`.',
  },
  'front-matter/unknown-key': {
    severity: 'warning',
    message: (d) => `Unknown front-matter field \`${d}\` was ignored.`,
    hint: () =>
      'Known fields: headline, standfirst, byline, authors, outlet, agency, date, dateline, tags, slug, url, retrieved.',
  },
  'front-matter/type': {
    severity: 'error',
    message: (d) => `Front-matter field ${d}.`,
    hint: () => 'Fix the value in the front matter.',
  },
  'outlet/uncertain': {
    severity: 'info',
    message: (d) => `Took "${d}" as the outlet's masthead line.`,
    hint: () => 'Set `outlet:` in front matter if this is wrong.',
  },
  'outlet/from-page': {
    severity: 'info',
    message: (d) => `Read ${d} as the page's outlet.`,
    hint: () => 'Set `outlet:` in front matter if this is wrong, or `outlet: null` for none.',
  },
  'headline/missing': {
    severity: 'error',
    message: () => 'No headline could be found: the file has no text line to use.',
    hint: () => 'Put the headline on the first line, or set `headline:` in front matter.',
  },
  'headline/uncertain': {
    severity: 'warning',
    message: (d) => `The headline "${d}" reads like a sentence; it may be the first paragraph.`,
    hint: () => 'Put the headline on the first line, or set `headline:` in front matter.',
  },
  'headline/overridden': {
    severity: 'info',
    message: (d) => `The first line "${d}" was taken as the text's own headline and replaced by the front-matter headline.`,
  },
  'byline/ambiguous': {
    severity: 'warning',
    message: (d) => `Several lines look like bylines; the first was used (${d}).`,
    hint: () => 'Set `byline:` in front matter to choose.',
  },
  'date/invalid': {
    severity: 'error',
    message: (d) => `"${d}" is not a valid date.`,
    hint: () => 'Write dates as YYYY-MM-DD, optionally with a time, e.g. 2023-04-18T09:30:00Z.',
  },
  'date/ambiguous': {
    severity: 'info',
    message: (d) => `The date "${d}" could be read day-first or month-first; it was not used.`,
    hint: () => 'Set `date:` in front matter.',
  },
  'body/empty': {
    severity: 'warning',
    message: () => 'The article has a headline but no body text.',
  },
  'boilerplate/dropped': {
    severity: 'info',
    message: (d) => `Dropped page furniture: "${d}".`,
  },
  'slug/invalid': {
    severity: 'error',
    message: (d) => `The slug "${d}" is not allowed.`,
    hint: () => 'Use lower-case letters, digits and single hyphens, at most 80 characters, e.g. `putin-visits-troops`.',
  },
  'slug/collision': {
    severity: 'error',
    message: (d) => `Two articles would be published at the same address (${d}).`,
    hint: () => 'Give one of them a different `slug:` in front matter.',
  },
  'markdown/limit': {
    severity: 'error',
    message: (d) => `This article cannot be rendered safely: ${d}.`,
    hint: () =>
      'Simplify the Markdown (flatten deep quotes and lists, close brackets), or save the article as .txt to show it as plain text.',
  },
  'site/broken-link': {
    severity: 'error',
    message: (d) => `The article links to ${d}, which is not a page of this archive.`,
    hint: () =>
      "Link to the page's full address (https://…), link to an article of the archive by its /articles/… address, or remove the link.",
  },
  'render/failed': {
    severity: 'error',
    message: (d) => `Having trouble rendering this article: ${d}.`,
    hint: () => 'This is probably a bug in news-archive; please report it with the file.',
  },
} satisfies Record<string, Entry>;

export type Code = keyof typeof catalogue;

/** Where a diagnostic points. */
export interface Position {
  file: string;
  line: number;
  column?: number;
}

/**
 * Build a diagnostic from the catalogue.
 * @param code stable code, a key of the catalogue
 * @param at file and 1-based line (column defaults to 1)
 * @param detail the variable part of the message
 */
export function diagnostic(code: Code, at: Position, detail = ''): Diagnostic {
  const entry: Entry = catalogue[code];
  const hint = entry.hint?.(detail);
  return {
    code,
    severity: entry.severity,
    message: entry.message(detail),
    ...(hint === undefined ? {} : { hint }),
    file: at.file,
    line: at.line,
    column: at.column ?? 1,
  };
}

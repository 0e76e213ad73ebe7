/**
 * The parse stage: SourceFile -> ParsedArticle.
 *
 * Front matter first (data only, never code), then the body: raw-text rules for
 * `.txt`, the Markdown tree for `.md`. Front matter wins over anything found in
 * the text, field by field.
 */
import { diagnostic } from '../diagnostics/catalogue.js';
import { MarkdownLimitError } from '../markdown/tree.js';
import type { ArticleRecord, Diagnostic, ParsedArticle, SourceFile } from '../types.js';
import { readFrontMatter } from './front-matter.js';
import { parseMarkdown } from './markdown.js';
import { splitByline } from './rules/byline.js';
import { parseText } from './text.js';

/**
 * Parse one article.
 * @param source a decoded file from the read stage
 */
export function parseSource(source: SourceFile): ParsedArticle {
  const file = source.path;
  const fm = readFrontMatter(source.text, file);
  const diagnostics: Diagnostic[] = [...source.diagnostics, ...fm.diagnostics];
  const extras = { slug: fm.fields.slug ?? null, url: fm.fields.url ?? null, retrieved: fm.fields.retrieved ?? null };
  if (fm.failed) return failed(source, diagnostics, extras);

  const preset = fm.fields;
  let markdown: string | null = null;
  let found;
  if (source.ext === 'md') {
    let md;
    try {
      md = parseMarkdown(fm.body);
    } catch (error) {
      if (!(error instanceof MarkdownLimitError)) throw error;
      diagnostics.push(diagnostic('markdown/limit', { file, line: fm.bodyLineOffset + 1 }, error.message));
      return failed(source, diagnostics, extras);
    }
    markdown = md.markdown;
    found = {
      outlet: null,
      headline: md.headline,
      standfirst: null,
      byline: null,
      date: null,
      tags: [],
      dateline: null,
      body: md.body,
      diagnostics: [],
    };
  } else {
    found = parseText(fm.body, file, fm.bodyLineOffset, preset);
  }
  diagnostics.push(...found.diagnostics);

  const headline = preset.headline ?? found.headline;
  if (!headline) {
    diagnostics.push(diagnostic('headline/missing', { file, line: fm.bodyLineOffset + 1 }));
    return failed(source, diagnostics, extras);
  }
  if (found.body.length === 0) diagnostics.push(diagnostic('body/empty', { file, line: fm.bodyLineOffset + 1 }));

  const presetByline = preset.byline === undefined ? undefined : preset.byline;
  const byline = presetByline !== undefined ? presetByline : (found.byline?.byline ?? null);
  // A byline set in front matter is split into names as one in the text is.
  const split = presetByline ? splitByline(presetByline) : null;
  const authors =
    preset.authors ??
    (presetByline !== undefined
      ? presetByline === null
        ? []
        : (split?.authors ?? [presetByline])
      : (found.byline?.authors ?? []));
  const bylineAgency = presetByline !== undefined ? (split?.agency ?? null) : (found.byline?.agency ?? null);

  const record: ArticleRecord = {
    file,
    ok: !diagnostics.some((d) => d.severity === 'error'),
    headline,
    standfirst: preset.standfirst !== undefined ? preset.standfirst : found.standfirst,
    byline,
    authors,
    outlet: preset.outlet !== undefined ? preset.outlet : found.outlet,
    agency: preset.agency !== undefined ? preset.agency : (bylineAgency ?? found.dateline?.agency ?? null),
    date: preset.date !== undefined ? preset.date : found.date,
    dateline: preset.dateline !== undefined ? preset.dateline : (found.dateline?.place ?? null),
    tags: preset.tags ?? found.tags,
    body: found.body,
    diagnostics,
  };
  return { record, extras, source, markdown };
}

function failed(source: SourceFile, diagnostics: Diagnostic[], extras: ParsedArticle['extras']): ParsedArticle {
  return { record: failedRecord(source.path, diagnostics), extras, source, markdown: null };
}

/**
 * The record of a file that could not be parsed (or read): empty fields, `ok: false`
 * and its first error in `error`.
 * @param file the path as found
 * @param diagnostics everything reported for the file
 */
export function failedRecord(file: string, diagnostics: Diagnostic[]): ArticleRecord {
  const error = diagnostics.find((d) => d.severity === 'error');
  return {
    file,
    ok: false,
    headline: '',
    standfirst: null,
    byline: null,
    authors: [],
    outlet: null,
    agency: null,
    date: null,
    dateline: null,
    tags: [],
    body: [],
    diagnostics,
    ...(error ? { error } : {}),
  };
}

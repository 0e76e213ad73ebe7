/**
 * The types every stage speaks. Stages talk to each other only through these:
 *
 *   read    -> SourceFile[]
 *   parse   -> ArticleRecord (one per SourceFile)
 *   enrich  -> Archive
 *   render  -> files in a staging folder
 *   publish -> the output folder
 *
 * This module imports nothing, so it can never be part of an import cycle.
 */

/** How sure we are that something is wrong. */
export type Severity = 'error' | 'warning' | 'info';

/**
 * One problem or doubt, as data (modelled on vfile's message).
 * `line` and `column` are 1-based and count the file as it is on disk,
 * front matter included.
 */
export interface Diagnostic {
  /** Stable identifier, `area/kind`, e.g. `byline/ambiguous`. */
  code: string;
  severity: Severity;
  /** What happened, in one sentence. */
  message: string;
  /** What to do about it, when there is something to do. */
  hint?: string;
  /** Path as the user gave it (relative to the working folder when possible). */
  file: string;
  line: number;
  column: number;
}

/** A decoded input file, ready to parse. */
export interface SourceFile {
  /** Path for messages: relative to the working folder when inside it. */
  path: string;
  /** Path relative to the input folder, with `/` separators. Stable identity of the article. */
  relPath: string;
  /** Lower-case extension without the dot: `txt` or `md`. */
  ext: 'txt' | 'md';
  /** The text, BOM removed, line endings normalised to `\n`. */
  text: string;
  /** Problems met while reading (decoding fallbacks, ...). */
  diagnostics: Diagnostic[];
}

export interface ParagraphBlock {
  type: 'paragraph';
  text: string;
}

export interface SubheadingBlock {
  type: 'subheading';
  text: string;
}

export interface QuoteBlock {
  type: 'quote';
  text: string;
  /** Who said it, when the text names them under the quotation: `Sam Okoye, Writer`. */
  cite?: string;
}

export interface FigureBlock {
  type: 'figure';
  caption: string | null;
  credit: string | null;
  alt: string | null;
}

/** Lines of code in a technical article, kept line by line with their indentation. */
export interface CodeBlock {
  type: 'code';
  text: string;
}

/** One unit of an article body, in reading order. Text is plain text. */
export type Block = ParagraphBlock | SubheadingBlock | QuoteBlock | FigureBlock | CodeBlock;

/** The record contract (DESIGN.md): what `parse --json` prints for each file. */
export interface ArticleRecord {
  file: string;
  ok: boolean;
  headline: string;
  standfirst: string | null;
  byline: string | null;
  authors: string[];
  outlet: string | null;
  agency: string | null;
  date: string | null;
  /** The place a wire dateline names (`BEIRUT, Lebanon`), taken out of the first paragraph. */
  dateline: string | null;
  tags: string[];
  body: Block[];
  diagnostics: Diagnostic[];
  /** Present only when `ok` is false. */
  error?: Diagnostic;
}

/**
 * Fields front matter may set beyond the record: they shape the page and the
 * citation but are not part of the JSON Lines contract.
 */
export interface ArticleExtras {
  /** A validated slug chosen by the author, used instead of the derived one. */
  slug: string | null;
  /** The original page's URL (http or https only). */
  url: string | null;
  /** When the text was retrieved, ISO 8601. */
  retrieved: string | null;
}

/** What the parse stage hands on: the contract record, plus what later stages need. */
export interface ParsedArticle {
  record: ArticleRecord;
  extras: ArticleExtras;
  /** Where it came from (its text is let go once parsed: the record holds what it kept). */
  source: Pick<SourceFile, 'path' | 'relPath' | 'ext'>;
  /** For `.md` articles: the Markdown body after front matter, rendered by remark. */
  markdown: string | null;
}

/** A name with the page that lists its articles. */
export interface TermRef {
  name: string;
  slug: string;
  url: string;
}

/** An article ready to render: the record plus everything enrich derived. */
export interface ArchiveArticle {
  record: ArticleRecord;
  extras: ArticleExtras;
  /** `^[a-z0-9]+(-[a-z0-9]+)*$`, at most 80 characters. */
  slug: string;
  /** Site-relative URL, starting and ending with `/`, without the base path. */
  url: string;
  /** For `.md` articles, the Markdown body that the render stage turns into HTML. */
  markdown: string | null;
  /** Human date, e.g. `18 April 2023`, or null when undated. */
  displayDate: string | null;
  outletRef: TermRef | null;
  authorRefs: TermRef[];
  tagRefs: TermRef[];
  /** The year's page (`/years/2023/`), or the undated page. */
  yearRef: TermRef;
  /** Id of the story the article tells, shared by its copies across outlets (an article alone is a story of one). */
  story: string;
  /** The other articles telling the same story, in archive order. */
  sameStory: ArchiveArticle[];
  /** The story's reference copy (the article itself when it is the reference, or alone). */
  storyReference: ArchiveArticle | null;
}

/** A story printed by two or more articles: its reference copy and the copies that match it. */
export interface Story {
  id: string;
  reference: ArchiveArticle;
  /** Why it is the reference: the wire agency's own copy, else the earliest dated, else the longest. */
  reason: 'wire' | 'earliest' | 'longest';
  /** The other copies, in archive order (newest first). */
  copies: ArchiveArticle[];
}

/** A taxonomy term (outlet, author, tag) with its articles, newest first. */
export interface Term extends TermRef {
  articles: ArchiveArticle[];
}

/** Site-wide settings. */
export interface SiteConfig {
  title: string;
  description: string;
  /** BCP 47 language tag for `<html lang>`, e.g. `en` or `en-GB`. */
  language: string;
  /** Path prefix the site is served under, `/` or `/sub/`. */
  basePath: string;
  /** Scheme and host the site is published at, without a path: `https://example.org`. */
  origin: string;
  /** Articles per listing page. */
  pageSize: number;
}

/** Everything the render stage needs. */
export interface Archive {
  site: SiteConfig;
  /** Newest first; undated after dated; ties broken by URL. */
  articles: ArchiveArticle[];
  outlets: Term[];
  authors: Term[];
  tags: Term[];
  /** Years, newest first, then "Undated". */
  years: Term[];
  /** Stories with two or more copies, newest reference first. */
  stories: Story[];
}

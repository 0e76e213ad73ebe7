/**
 * What the story pages show: for each story told in two or more copies, its
 * reference copy and, for every other copy, the paragraph alignment against
 * the reference (src/compare/align.ts), word diffs of what was edited, and a
 * summary of what the outlet kept, edited, cut and added.
 *
 * Everything here is data: the templates print each text escaped, and mark
 * the diff's runs with <ins> and <del> themselves.
 */
import { alignParagraphs, normalise, type Alignment, type RowKind } from '../compare/align.js';
import { withoutDateline } from '../compare/dateline.js';
import { wordDiff, type DiffPart } from '../compare/diff.js';
import type { ArchiveArticle, ArticleRecord, Story } from '../types.js';
import { paginate, type Pagination } from './pagination.js';

/** Why the reference copy is the reference (decided where it was chosen, in enrich). */
export type ReferenceReason = Story['reason'];

/** A copy's figures, in articles.json and articles.csv too. */
export interface Comparison {
  /** Of the reference's paragraphs: kept as they are, edited, cut. */
  kept: number;
  edited: number;
  cut: number;
  /** Of the copy's paragraphs: added (in no reference paragraph). */
  added: number;
  /** Rows out of the reference's order. */
  moved: number;
  /** Share of the copy's words that come from the reference, 0 to 1, three decimals. */
  fromReference: number;
}

export interface CopyLink {
  headline: string;
  url: string;
  source: string;
  date: string | null;
  displayDate: string | null;
}

export interface StoryRowView {
  kind: RowKind;
  /** Kept, Edited, Added, Cut, with a merge or split and "moved" when it is one. */
  label: string;
  moved: boolean;
  /** The reference's text of this row, each paragraph apart (with the copy's deletions marked, for an edited row). */
  reference: DiffPart[][];
  /** The copy's text of this row (with its insertions marked, for an edited row). */
  copy: DiffPart[][];
  /** For an edited row: one text with both deletions and insertions, for a single column. */
  diff: DiffPart[] | null;
}

export interface StoryCopyView {
  id: string;
  article: CopyLink;
  comparison: Comparison;
  /** The summary line, in words. */
  summary: string;
  headline: { same: boolean; diff: DiffPart[] };
  standfirst: { same: boolean; diff: DiffPart[] } | null;
  rows: StoryRowView[];
}

export interface StoryPage {
  id: string;
  url: string;
  title: string;
  description: string;
  reference: CopyLink;
  reason: ReferenceReason;
  /** How the reference was chosen, and which rule applied here. */
  rule: string;
  outlets: number;
  copies: StoryCopyView[];
  /** The date the listing sorts by: the newest copy's, with its human form. */
  newest: { date: string; displayDate: string | null } | null;
}

export interface StoryListingPage {
  url: string;
  title: string;
  description: string;
  total: number;
  stories: Array<{
    url: string;
    title: string;
    copies: number;
    outlets: number;
    reference: CopyLink;
    newest: StoryPage['newest'];
  }>;
  pagination: Pagination;
}

/** What a story page needs to know of every article: its role, and a copy's figures. */
export interface StoryRoles {
  role: Map<ArchiveArticle, 'reference' | 'copy'>;
  comparison: Map<ArchiveArticle, Comparison>;
}

const RULE =
  'The reference copy is the wire agency’s own copy when the archive holds one (an agency byline and no outlet), else the earliest dated copy, else the longest. Every other copy is compared with it paragraph by paragraph.';

/** The paragraphs a copy is compared by: its text blocks, figures left out, and its first paragraph without its dateline. */
function paragraphs({ body, dateline }: ComparedText): string[] {
  const texts = body.flatMap((b) => (b.type === 'paragraph' || b.type === 'quote' || b.type === 'subheading' ? [b.text] : []));
  if (texts.length > 0) texts[0] = withoutDateline(texts[0]!, dateline);
  return texts;
}

function source(article: ArchiveArticle): string {
  return article.record.outlet ?? article.record.agency ?? article.record.byline ?? 'Another copy';
}

/**
 * The link to a copy, as story pages and article pages show it.
 * @param article one copy
 */
export function copyLink(article: ArchiveArticle): CopyLink {
  return {
    headline: article.record.headline,
    url: article.url,
    source: source(article),
    date: article.record.date,
    displayDate: article.displayDate,
  };
}

function textDiff(reference: string | null, copy: string | null): { same: boolean; diff: DiffPart[] } {
  const a = reference ?? '';
  const b = copy ?? '';
  return { same: normalise(a) === normalise(b), diff: wordDiff(a, b) };
}

function plural(n: number, one: string, many = `${one}s`): string {
  return `${n} ${n === 1 ? one : many}`;
}

/**
 * The summary line of a copy.
 * @param c its figures
 * @param referenceParagraphs how many paragraphs the reference has
 */
export function summaryLine(c: Comparison, referenceParagraphs: number): string {
  const moved = c.moved > 0 ? `, moved ${c.moved}` : '';
  return (
    `Of the reference’s ${plural(referenceParagraphs, 'paragraph')}, kept ${c.kept}, edited ${c.edited} and cut ${c.cut}${moved}; ` +
    `added ${plural(c.added, 'paragraph')} of its own. ${Math.round(c.fromReference * 100)}% of its words come from the reference.`
  );
}

const LABELS: Record<RowKind, string> = { kept: 'Kept', edited: 'Edited', added: 'Added', cut: 'Cut' };

function rowsOf(alignment: Alignment, reference: string[], copy: string[]): StoryRowView[] {
  return alignment.rows.map((row) => {
    const refTexts = row.reference.map((r) => reference[r]!);
    const copyTexts = row.copy.map((c) => copy[c]!);
    const shape =
      row.reference.length > 1
        ? `, ${row.reference.length} paragraphs made one`
        : row.copy.length > 1
          ? `, one paragraph made ${row.copy.length}`
          : '';
    const label = `${LABELS[row.kind]}${shape}${row.moved ? ', moved' : ''}`;
    if (row.kind !== 'edited') {
      return {
        kind: row.kind,
        label,
        moved: row.moved,
        reference: refTexts.map((t) => [{ op: 'same', text: t }]),
        copy: copyTexts.map((t) => [{ op: 'same', text: t }]),
        diff: null,
      };
    }
    const diff = wordDiff(refTexts.join('\n'), copyTexts.join('\n'));
    return {
      kind: row.kind,
      label,
      moved: row.moved,
      reference: [diff.filter((p) => p.op !== 'ins')],
      copy: [diff.filter((p) => p.op !== 'del')],
      diff,
    };
  });
}

/** What comparing a copy with its reference makes: all of a copy's view that depends on the two texts alone. */
export type CopyComparison = Pick<StoryCopyView, 'comparison' | 'summary' | 'headline' | 'standfirst' | 'rows'>;

/** The texts a comparison reads of an article. */
export type ComparedText = Pick<ArticleRecord, 'headline' | 'standfirst' | 'body' | 'dateline'>;

/** Compares a copy with its reference (compareCopy, or a cached one). */
export type CompareCopy = (reference: ComparedText, copy: ComparedText) => CopyComparison;

/**
 * Align a copy with its reference paragraph by paragraph, and compare their headlines and standfirsts.
 * @param ref the reference copy's texts
 * @param copy the copy's texts
 */
export function compareCopy(ref: ComparedText, copy: ComparedText): CopyComparison {
  const refParagraphs = paragraphs(ref);
  const copyParagraphs = paragraphs(copy);
  const alignment = alignParagraphs(refParagraphs, copyParagraphs);
  const comparison: Comparison = {
    ...alignment.counts,
    fromReference:
      alignment.words.total === 0 ? 0 : Math.round((alignment.words.fromReference / alignment.words.total) * 1000) / 1000,
  };
  return {
    comparison,
    summary: summaryLine(comparison, refParagraphs.length),
    headline: textDiff(ref.headline, copy.headline),
    standfirst: ref.standfirst || copy.standfirst ? textDiff(ref.standfirst, copy.standfirst) : null,
    rows: rowsOf(alignment, refParagraphs, copyParagraphs),
  };
}

/**
 * The story pages, and every article's role in its story.
 * @param stories the archive's stories with two or more copies
 * @param pageSize stories per listing page
 * @param compare how a copy is compared with its reference
 */
export function storyViews(
  stories: readonly Story[],
  pageSize: number,
  compare: CompareCopy = compareCopy,
): { pages: StoryPage[]; listings: StoryListingPage[]; roles: StoryRoles } {
  const roles: StoryRoles = { role: new Map(), comparison: new Map() };
  const pages = stories.map((story): StoryPage => {
    roles.role.set(story.reference, 'reference');
    const copies = story.copies.map((copy, i): StoryCopyView => {
      const compared = compare(story.reference.record, copy.record);
      roles.role.set(copy, 'copy');
      roles.comparison.set(copy, compared.comparison);
      return { id: `copy-${i + 1}`, article: copyLink(copy), ...compared };
    });
    const all = [story.reference, ...story.copies];
    const outlets = new Set(all.map(source)).size;
    const latest = all.filter((a) => a.record.date !== null).sort((a, b) => (a.record.date! < b.record.date! ? 1 : -1))[0];
    const newest = latest ? { date: latest.record.date!, displayDate: latest.displayDate } : null;
    return {
      id: story.id,
      url: `/stories/${story.id}/`,
      title: story.reference.record.headline,
      description: `${plural(all.length, 'copy', 'copies')} of one story from ${plural(outlets, 'source')}, compared paragraph by paragraph with the reference copy.`,
      reference: copyLink(story.reference),
      reason: story.reason,
      rule: RULE,
      outlets,
      copies,
      newest,
    };
  });
  // Newest first (by the newest copy), undated last, then by id.
  const ordered = [...pages].sort((a, b) => {
    const x = a.newest?.date ?? null;
    const y = b.newest?.date ?? null;
    if (x !== y) return x === null ? 1 : y === null ? -1 : x < y ? 1 : -1;
    return a.id < b.id ? -1 : 1;
  });
  const listings = paginate(ordered, pageSize, '/stories/').map(({ items, pagination }) => ({
    url: pagination.url,
    title: pagination.current > 1 ? `Stories, page ${pagination.current}` : 'Stories',
    description: `${plural(ordered.length, 'story', 'stories')} printed in two or more copies, with what each outlet changed.`,
    total: ordered.length,
    stories: items.map((p) => ({
      url: p.url,
      title: p.title,
      copies: p.copies.length + 1,
      outlets: p.outlets,
      reference: p.reference,
      newest: p.newest,
    })),
    pagination,
  }));
  return { pages: ordered, listings, roles };
}

/**
 * Scoring one parsed record against the corpus's ground truth, field by field,
 * by the rules in the corpus README. A field is scored only where it is in the
 * gold record's `gold_fields` and `gold_in_input` does not say it is absent.
 */
import type { ArticleRecord } from '../types.js';
import { bylineNames, creditedNames, normalise } from './normalise.js';

/** One line of expected.jsonl (the fields we read). */
export interface Gold {
  file: string;
  gold_fields?: string[];
  gold_in_input?: Record<string, boolean | number>;
  [field: string]: unknown;
}

/** The fields we report, in report order. */
export const FIELDS = [
  'headline',
  'byline',
  'date',
  'outlet',
  'standfirst',
  'body_first_paragraph',
  'body_first_sentence',
  'body_last_paragraph',
  'body_last_sentence',
  'paragraph_count',
  'body_first_words',
  'body_must_contain',
  'body_must_not_contain',
  'subheadings',
  'captions',
] as const;

export type Field = (typeof FIELDS)[number];

export interface FieldScore {
  field: Field;
  ok: boolean;
  expected: unknown;
  got: unknown;
}

/**
 * Score one record.
 * @param record what the parser produced
 * @param gold the ground truth
 * @param input the raw input text (to tell which snippets it holds at all)
 */
export function scoreRecord(record: ArticleRecord, gold: Gold, input: string): FieldScore[] {
  const fields = new Set(gold.gold_fields ?? []);
  const inInput = gold.gold_in_input ?? {};
  const paragraphs = record.body
    .filter((b) => b.type === 'paragraph' || b.type === 'quote')
    .map((b) => ('text' in b ? b.text : ''));
  const first = paragraphs[0] ?? '';
  const last = paragraphs.at(-1) ?? '';
  const standfirst = record.standfirst ?? '';
  const bodyText = normalise([standfirst, ...paragraphs].filter(Boolean).join(' '));
  const normInput = normalise(input);
  const eq = (a: unknown, b: string | null) => typeof a === 'string' && b !== null && normalise(a) === normalise(b);
  const scores: FieldScore[] = [];

  for (const field of FIELDS) {
    if (!fields.has(field) || inInput[field] === false || inInput[field] === 0) continue;
    const expected = gold[field];
    let ok: boolean;
    let got: unknown;
    switch (field) {
      case 'headline':
      case 'outlet':
      case 'standfirst':
        got = record[field];
        ok = eq(expected, record[field]);
        break;
      case 'byline': {
        const names = creditedNames(record.authors, record.byline);
        got = names;
        ok = typeof expected === 'string' && JSON.stringify(bylineNames(expected)) === JSON.stringify(names);
        break;
      }
      case 'date':
        got = record.date;
        ok = typeof expected === 'string' && record.date !== null && record.date.slice(0, 10) === expected.slice(0, 10);
        break;
      case 'body_first_paragraph':
        got = first;
        ok = eq(expected, first) || eq(expected, standfirst);
        break;
      case 'body_first_sentence': {
        got = first;
        const e = normalise(String(expected));
        ok = normalise(first).startsWith(e) || (standfirst !== '' && normalise(standfirst).startsWith(e));
        break;
      }
      case 'body_last_paragraph':
        got = last;
        ok = eq(expected, last);
        break;
      case 'body_last_sentence':
        got = last;
        ok = normalise(last).endsWith(normalise(String(expected)));
        break;
      case 'paragraph_count':
        got = paragraphs.length;
        ok = paragraphs.length === expected || (standfirst !== '' && paragraphs.length + 1 === expected);
        break;
      case 'body_first_words':
        got = bodyText.slice(0, 120);
        ok = bodyText.startsWith(normalise(String(expected)));
        break;
      case 'body_must_contain': {
        const snippets = (expected as string[]).map(normalise).filter((s) => normInput.includes(s));
        const missing = snippets.filter((s) => !bodyText.includes(s));
        got = missing;
        ok = missing.length === 0;
        break;
      }
      case 'body_must_not_contain': {
        const present = (expected as string[]).map(normalise).filter((s) => bodyText.includes(s));
        got = present;
        ok = present.length === 0;
        break;
      }
      case 'subheadings': {
        const want = (expected as string[])
          .map(normalise)
          .filter((s) => normInput.includes(s))
          .sort();
        const have = record.body
          .filter((b) => b.type === 'subheading')
          .map((b) => normalise('text' in b ? b.text : ''))
          .sort();
        got = have;
        ok = JSON.stringify(want) === JSON.stringify(have);
        break;
      }
      case 'captions': {
        const want = (expected as string[]).map(normalise).filter((s) => normInput.includes(s));
        const figures = record.body
          .filter((b) => b.type === 'figure')
          .map((b) => (b.type === 'figure' ? normalise(`${b.caption ?? ''} ${b.credit ?? ''}`) : ''));
        got = figures;
        ok = want.length === 0 ? figures.length === 0 : want.every((c) => figures.some((f) => f.includes(c)));
        break;
      }
    }
    scores.push({ field, ok, expected, got });
  }
  return scores;
}

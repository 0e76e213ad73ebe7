/**
 * The raw-text rules, in order of precedence: for each unit of text, the first
 * rule that applies wins. Each rule's file shows the examples it exists for.
 *
 *   boilerplate   "Last updated", "Sorry, we are not accepting comments ..."
 *   masthead      "Express & Star" above the headline
 *   headline      the first line left
 *   date          "Published: 18 April 2023"
 *   byline        "By Jane Smith", "X – Press Association" (above the body or in its foot)
 *   tags          "Tags: Ukraine, Russia"
 *   figure        alt text + "caption (Pool Photo via AP)", "(PA Graphics)"
 *   standfirst    the summary under the headline, when furniture separates it from the body
 *   quote         an indented quotation with "– Name" under it
 *   code          lines of a program: `result = []`, `for i in items:`
 *   furniture     short unpunctuated lines before the first paragraph
 *   subheading    short title-like lines between paragraphs
 *   dateline      "LONDON (Reuters) -" opening the first paragraph
 *   paragraph     everything else
 */
import type { Rule } from '../state.js';
import { boilerplate } from './boilerplate.js';
import { byline } from './byline-rule.js';
import { code } from './code.js';
import { date } from './date.js';
import { dateline } from './dateline.js';
import { figure } from './figure.js';
import { furniture } from './furniture.js';
import { headline } from './headline.js';
import { masthead } from './masthead.js';
import { paragraph } from './paragraph.js';
import { quote } from './quote.js';
import { standfirst } from './standfirst.js';
import { subheading } from './subheading.js';
import { tags } from './tags.js';

export const rules: readonly Rule[] = [
  boilerplate,
  masthead,
  headline,
  date,
  byline,
  tags,
  figure,
  standfirst,
  quote,
  code,
  furniture,
  subheading,
  dateline,
  paragraph,
];

/** The rules that may still read a line the line model is sure is not body text: what it means is theirs to say. */
export const DOUBTED_RULES: readonly Rule[] = [boilerplate, date, byline, figure];

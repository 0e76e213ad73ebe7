/**
 * Page leftovers: labels, buttons and notices that come with text copied from a
 * web page and are never part of the article. Whole-line matches only, so a
 * sentence that merely mentions comments or sharing is never dropped.
 */
import { diagnostic } from '../../diagnostics/catalogue.js';
import type { Rule } from '../state.js';
import { peek } from '../state.js';

const PATTERNS: RegExp[] = [
  // time stamps' labels left without their time
  /^(last )?(updated|modified|published)( on| at)?:?$/i,
  // comment notices
  /^(sorry, )?(we are|we're) not accepting comments on this (article|story)\.?$/i,
  /^comments? (are|is) (closed|disabled|turned off)( (for|on) this (article|story))?\.?$/i,
  /^(\d+ )?comments?:?$/i,
  /^(view|show|read|load|post|add|leave) (all |more )?(\d+ )?comments?\.?$/i,
  // sharing and saving
  /^(share|share this|share this (article|story|page)|share on \w+|copy link|link copied|email|print|save|bookmark|tweet|whatsapp|facebook|twitter|linkedin)( article)?:?$/i,
  // navigation and prompts
  /^(skip to (main )?content|advertisement|sponsored|ad|back to top|menu|close|search|sign in|log in|subscribe)$/i,
  /^(read more|related( articles| stories)?|more on this story|recommended|most read|trending)\s*:?$/i,
  /^(sign up|subscribe) (to|for) (our|the) [\w ]*newsletters?\.?$/i,
  /^follow us on [\w ,]+\.?$/i,
];

/**
 * True when the whole line is page furniture.
 * @param text a unit's text
 */
export function isBoilerplate(text: string): boolean {
  return text.length <= 80 && PATTERNS.some((re) => re.test(text));
}

export const boilerplate: Rule = {
  name: 'boilerplate',
  examples: [
    { text: 'Last updated', gives: 'dropped' },
    { text: 'Sorry, we are not accepting comments on this article.', gives: 'dropped' },
    { text: 'Share this article', gives: 'dropped' },
    { text: 'Comments are closed on this story, which is why you cannot reply.', gives: 'a paragraph (not a whole-line match)' },
  ],
  apply(state) {
    const unit = peek(state)!;
    if (!isBoilerplate(unit.text)) return 0;
    state.diagnostics.push(diagnostic('boilerplate/dropped', { file: state.file, line: unit.line }, unit.text));
    return 1;
  },
};

/**
 * Datelines: the place (and wire agency) that open wire copy's first paragraph.
 *
 *   LONDON (Reuters) - Shares fell ...             -> dateline LONDON, agency Reuters
 *   WASHINGTON (AP) — The Senate voted ...         -> dateline WASHINGTON, agency AP
 *   BEIRUT, Lebanon (AP) — Rescuers searched ...   -> dateline BEIRUT, Lebanon, agency AP
 *   CLEAR LAKE, Iowa, Dec 23 (Reuters) - Polls ... -> dateline CLEAR LAKE, Iowa, agency Reuters
 *   NAPA COUNTY, Calif. -- A plan to bring ...     -> dateline NAPA COUNTY, Calif.
 *   London (Reuters) - ...                         -> dateline London (an agency vouches for it)
 *   UK - The economy grew ...                      -> not a dateline: too short to be a place
 *
 * The paragraph keeps its text as printed (every extraction benchmark's gold,
 * and a reader's copy, opens with the dateline); the place goes to the
 * record's `dateline`, a recognised agency to `agency`. The comparison of a
 * story's copies reads the paragraph without it (`src/compare/dateline.ts`).
 */
import type { Rule } from '../state.js';
import { peek } from '../state.js';
import { agencyName } from './agencies.js';

const CAPS_PLACE = "[A-Z][A-Z'.-]{2,}(?: [A-Z][A-Z'.-]+){0,3}";
const REGION = "(?:, [A-Z][A-Za-z.'-]*(?: [A-Z][A-Za-z.'-]*){0,3})?";
const AGENCY = '(?:\\s*\\(([A-Za-z][A-Za-z .&-]{0,30})\\))?';
/** The day a wire story was filed, after its place: `LONDON, March 2 (Reuters) -`. */
const DAY = '(?:,? (?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\\.? \\d{1,2})?';
const DASH = '\\s*(?:--|—|–|―|-)\\s+';
const WITH_CAPS = new RegExp(`^(${CAPS_PLACE}${REGION})${DAY}${AGENCY}${DASH}(\\S.*)$`);
const WITH_AGENCY = new RegExp(
  `^([A-Z][a-z]+(?: [A-Z][a-z]+){0,2}${REGION})${DAY}\\s*\\(([A-Za-z][A-Za-z .&-]{0,30})\\)${DASH}(\\S.*)$`,
);

export interface Dateline {
  place: string;
  agency: string | null;
  rest: string;
}

/**
 * Read the dateline at the start of a paragraph.
 * @param text the paragraph
 */
export function parseDateline(text: string): Dateline | null {
  const caps = WITH_CAPS.exec(text);
  if (caps) return { place: caps[1]!, agency: caps[2] ? (agencyName(caps[2]) ?? null) : null, rest: caps[3]! };
  const mixed = WITH_AGENCY.exec(text);
  if (mixed && agencyName(mixed[2]!)) return { place: mixed[1]!, agency: agencyName(mixed[2]!), rest: mixed[3]! };
  return null;
}

export const dateline: Rule = {
  name: 'dateline',
  examples: [
    {
      text: 'LONDON (Reuters) - Shares fell on Monday.',
      gives: 'dateline LONDON, agency Reuters, the paragraph as printed',
    },
    { text: 'BEIRUT, Lebanon (AP) — Rescuers searched the rubble.', gives: 'dateline "BEIRUT, Lebanon", agency AP' },
  ],
  apply(state) {
    if (state.phase === 'start' || state.dateline !== null || state.body.some((b) => b.type === 'paragraph')) return 0;
    const { text } = peek(state)!;
    const found = parseDateline(text);
    if (!found) return 0;
    state.dateline = found;
    state.phase = 'body';
    state.body.push({ type: 'paragraph', text });
    return 1;
  },
};

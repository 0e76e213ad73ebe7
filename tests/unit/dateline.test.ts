import { describe, expect, it } from 'vitest';
import { parseDateline } from '../../src/parse/rules/dateline.js';

describe('parseDateline', () => {
  it.each([
    ['LONDON (Reuters) - Shares fell on Monday.', { place: 'LONDON', agency: 'Reuters', rest: 'Shares fell on Monday.' }],
    ['WASHINGTON (AP) — The Senate voted.', { place: 'WASHINGTON', agency: 'AP', rest: 'The Senate voted.' }],
    ['BEIRUT, Lebanon (AP) — Rescuers searched.', { place: 'BEIRUT, Lebanon', agency: 'AP', rest: 'Rescuers searched.' }],
    ['CLEAR LAKE, Iowa, Dec 23 (Reuters) - Polls moved.', { place: 'CLEAR LAKE, Iowa', agency: 'Reuters', rest: 'Polls moved.' }],
    ['LONDON, March 2 (Reuters) - Shares fell.', { place: 'LONDON', agency: 'Reuters', rest: 'Shares fell.' }],
    ['Jeddah, Dec. 22 (AFP) - The final began.', { place: 'Jeddah', agency: 'AFP', rest: 'The final began.' }],
    [
      'NAPA COUNTY, Calif. (KGO) -- A plan was approved.',
      { place: 'NAPA COUNTY, Calif.', agency: null, rest: 'A plan was approved.' },
    ],
    ['SPRINGFIELD, Ill. — It was the dog.', { place: 'SPRINGFIELD, Ill.', agency: null, rest: 'It was the dog.' }],
    ['RIVERTON ― A hiker was found.', { place: 'RIVERTON', agency: null, rest: 'A hiker was found.' }],
    ['London (Reuters) - Shares fell.', { place: 'London', agency: 'Reuters', rest: 'Shares fell.' }],
  ])('%j', (text, expected) => expect(parseDateline(text)).toEqual(expected));

  it.each([
    'UK - The economy grew.',
    'London - the capital - is busy.',
    'The G7 ministers said — again — that peace matters.',
    'NASA announced five new companies.',
  ])('%j has no dateline', (text) => expect(parseDateline(text)).toBeNull());
});

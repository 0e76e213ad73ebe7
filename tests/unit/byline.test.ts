import { describe, expect, it } from 'vitest';
import { parseByline } from '../../src/parse/rules/byline.js';

describe('parseByline', () => {
  it.each([
    ['By Jane Smith', { byline: 'Jane Smith', authors: ['Jane Smith'], agency: null }],
    ['By Jane Smith and John Doe', { byline: 'Jane Smith and John Doe', authors: ['Jane Smith', 'John Doe'], agency: null }],
    [
      'By Ana de la Cruz, Ben Ng & Chloé Martin',
      { byline: 'Ana de la Cruz, Ben Ng & Chloé Martin', authors: ['Ana de la Cruz', 'Ben Ng', 'Chloé Martin'], agency: null },
    ],
    ['By Jane Smith, Political Editor', { byline: 'Jane Smith, Political Editor', authors: ['Jane Smith'], agency: null }],
    [
      'Associated Press Reporters – Press Association',
      { byline: 'Associated Press Reporters', authors: ['Associated Press Reporters'], agency: 'Press Association' },
    ],
    ['Jane Smith | Reuters', { byline: 'Jane Smith', authors: ['Jane Smith'], agency: 'Reuters' }],
    ['Reporting by Jane Smith; Editing by John Doe', { byline: 'Jane Smith', authors: ['Jane Smith'], agency: null }],
    ['Reuters', { byline: 'Reuters', authors: [], agency: 'Reuters' }],
    ['PA', { byline: 'PA', authors: [], agency: 'PA' }],
  ])('%j', (text, expected) => {
    expect(parseByline(text)).toEqual(expected);
  });

  it.each([
    'By the end of the year, prices had doubled.',
    'By contrast the council said nothing',
    'Jane Smith',
    'The Kremlin says Russian President Vladimir Putin has visited headquarters.',
  ])('%j is not a byline', (text) => {
    expect(parseByline(text)).toBeNull();
  });
});

import { describe, expect, it } from 'vitest';
import { isFootNote } from '../../src/parse/rules/foot.js';

describe('notes closing an article', () => {
  it.each([
    'Oskar Brandt contributed reporting from Gothenburg.',
    'Russo reported from New York.',
    'Associated Press researcher Randy Hale in New York contributed.',
    "The Ledger's Ana Ruiz contributed to this story.",
    '(Reporting by Jane Roe; Editing by John Doe)',
    'This story was originally published on The Coast Ledger.',
    'This post originally appeared on The Harbour Review.',
    'Cross-posted from The Valley News.',
    'A version of this article appears in print on Page A13.',
    'Marta Lindqvist can be reached at mlindqvist@coastledger.example.',
    'Marta is a business reporter for The Coast Ledger.',
    'Correction, 4 March 2024, 12:45 p.m.: An earlier version of this story gave the wrong date.',
    'Clarification: The council, not the mayor, approved the budget.',
    'Contributing: Associated Press; Ana Ruiz and Oskar Brandt.',
    'This story has been updated to add comments from the ministry.',
    'A previous version of this article misstated the size of the fund.',
    'Updated to add a statement from the company.',
    'This interview has been edited for length and clarity.',
    'Reviews have been edited and condensed for clarity.',
    'More information: Jane Roe et al, Night shifts and sleep, Journal of Sleep (2024).',
    'A review copy of the game was provided by the publisher for review.',
    'Ask the Doctor is for informational purposes only and is not medical advice.',
  ])('%j is a note', (text) => {
    expect(isFootNote(text, ['Marta Lindqvist'])).toBe(true);
  });

  it.each([
    'He contributed $5m to the campaign and said he would give more.',
    'The mayor said the plan was originally published in draft form last year, and nobody read it.',
    'Marta said the cranes were the oldest on the coast.',
    'The Coast Guard reported from the scene that two boats had capsized in the storm.',
    'Lindqvist is a common name in the town, where the port employs a third of the people.',
    'Everyone who contributed to the fund will be repaid in full by the end of the year, the charity said.',
    'The correction in share prices was the sharpest since March, analysts said.',
    'The map was updated to include two new stations after residents complained.',
    'A copy of the report was seen by reporters before it was published.',
  ])('%j is article text', (text) => {
    expect(isFootNote(text, ['Marta Lindqvist'])).toBe(false);
  });
});

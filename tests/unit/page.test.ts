import { describe, expect, it } from 'vitest';
import { toUnits } from '../../src/parse/lines.js';
import { locateByModel } from '../../src/parse/locate.js';
import { isMetaLine, isWholePage } from '../../src/parse/page.js';
import { isNotice } from '../../src/parse/rules/boilerplate.js';
import { parseText } from '../../src/parse/text.js';
import { extractByline, unglue } from '../../src/parse/rules/byline.js';

const PAGE = [
  '  • Home',
  '  • World',
  '  • Sport',
  '      □ Football',
  '  • Weather',
  '',
  'World',
  '',
  'Storm closes mountain pass for a second day',
  '',
  'By Ana Ruiz',
  '3 February 2025',
  '',
  'A mountain pass that links two valleys stayed closed for a second day on Tuesday after heavy snow and high winds.',
  '',
  'Road crews said they would not reopen it until the avalanche risk had fallen, which could take until the weekend.',
  '',
  'Most read',
  '',
  '  • Teacher wins national award',
  '  • New bakery opens',
  '',
  '© 2025 Valley News',
].join('\n');

describe('whole pages', () => {
  it('tells a page from an article', () => {
    expect(isWholePage(toUnits(PAGE))).toBe(true);
    expect(isWholePage(toUnits('Headline\n\nOne paragraph that says something.\n\nAnother paragraph that says more.'))).toBe(
      false,
    );
  });

  it('takes a menu whose items ran together above the text as a sign of a page', () => {
    const text = [
      'NewsPhotosVideosShopTV',
      'LOGIN',
      '',
      'A short headline about a long day',
      '',
      'The first paragraph of the article says what happened, where it happened and to whom.',
      '',
      'The second paragraph adds what people said about it afterwards, at some length.',
      '',
      'The third paragraph closes the story with what happens next.',
      '',
      'Related',
      '',
      'Another story',
    ].join('\n');
    expect(isWholePage(toUnits(text))).toBe(true);
    expect(isWholePage(toUnits(text.replace('NewsPhotosVideosShopTV', 'The Daily Planet')))).toBe(false);
  });

  it('finds the headline above the byline and date, and the body between menus and widgets', () => {
    const units = toUnits(PAGE);
    const window = locateByModel(units);
    expect(units[window.headline]!.text).toBe('Storm closes mountain pass for a second day');
    expect(units[window.start]!.text).toMatch(/^A mountain pass/);
    expect(units[window.end - 1]!.text).toMatch(/^Road crews/);
  });

  it.each([
    ['By Ana Ruiz', true],
    ['3 February 2025', true],
    ['5 min read', true],
    ['Updated 10:30', true],
    ['Storm closes mountain pass', false],
  ])('isMetaLine(%j) is %s', (text, expected) => expect(isMetaLine(text)).toBe(expected));
});

describe('copyright notices', () => {
  it.each([
    ['© 2025 Valley News', true],
    ['Copyright © 2024 The Daily Ledger. All rights reserved.', true],
    ['(c) Harbour Press', true],
    ['The Ledger is published by Ledger Media. All rights reserved.', true],
    ['(Image: © TNG Collaboration)', false],
    ['A cyclist passes the closed plant, November 19, 2019. © Agency / Dana Mercado', false],
  ])('%j is a notice: %s', (text, expected) => {
    expect(isNotice(text)).toBe(expected);
  });
});

describe('busy byline lines', () => {
  it.each([
    ['Tyrese GriffinOct 17, 2023', 'Tyrese Griffin Oct 17, 2023'],
    ['ByJ.R. Stone', 'By J.R. Stone'],
    ['Headshot of Emma BatyBy Emma BatyPublished: Dec 22, 2023', 'Headshot of Emma Baty By Emma Baty Published: Dec 22, 2023'],
  ])('unglue(%j)', (text, expected) => expect(unglue(text)).toBe(expected));

  it.each([
    ['By Josh Norem December 22, 2023', 'Josh Norem'],
    ['Headshot of Emma BatyBy Emma BatyPublished: Dec 22, 2023 10:55 AM EST', 'Emma Baty'],
    ['Janyce McGregor · CBC News · Posted: Dec 22, 2023 8:25 AM EST', 'Janyce McGregor'],
    ['Rob Dawson, CorrespondentDec 22, 2023, 10:15 PM', 'Rob Dawson'],
    ['By Amanda Cappelli Fox News', 'Amanda Cappelli'],
    ['Written by  Lori Grunin', 'Lori Grunin'],
    ['Dec 19, 2023 by News Staff', 'News Staff'],
    ['Kayla Jimenez USA TODAY', 'Kayla Jimenez'],
    ['Jim Walsh Cherry Hill Courier-Post', 'Jim Walsh'],
    ['Will Leitch/November 18, 2016', 'Will Leitch'],
    ['Aug 12, 2021 / Klaus Sieg', 'Klaus Sieg'],
    ['Wednesday January 18, 2017 10:44 am PST by Juli Clover', 'Juli Clover'],
    ['Dominic-Madori Davis 2 months', 'Dominic-Madori Davis'],
    ['Rosa PellegrinoRosa Pellegrino', 'Rosa Pellegrino'],
    ['Ivo KranjcMar 05, 20244 Shares1210 Views', 'Ivo Kranjc'],
    ['By Lena Osterberglong Read', 'Lena Osterberg'],
    ['By Lena Osterberg4 minute Read', 'Lena Osterberg'],
    ['Priya Raman MS, RDN, LD', 'Priya Raman'],
    ['By Tomas Riedel, Contributing Editor, Fieldnotes |', 'Tomas Riedel'],
    ['By Kofi MensahData and Graphics Reporter', 'Kofi Mensah'],
    ['Hana NovakCEO', 'Hana Novak'],
    ['Par Élodie Marchand', 'Élodie Marchand'],
    ['Byby Owen Carter', 'Owen Carter'],
    ['Dana Whitfield, Assistant Food Editor, House & Garden', 'Dana Whitfield'],
    ['Avatar photo by Rhea Castellanos March 3, 2024 | 6:03 pm', 'Rhea Castellanos'],
    ['[author-pic] Rhea Castellanos', 'Rhea Castellanos'],
    ['by rivermouse on March 3, 2024', 'rivermouse'],
    ['By Tilda vanberg', 'Tilda vanberg'],
    ['Publié par Claire Dubois à 08:00', 'Claire Dubois'],
    // A group credited as a whole keeps all its words; a person keeps only hers.
    ['Valley Ledger Editorial Team', 'Valley Ledger Editorial Team'],
    ['Ledger Travel Desk / ledger.example / Updated: Dec 17, 2025', 'Ledger Travel Desk'],
    ['By Ledger Staff', 'Ledger Staff'],
    ['By Jane Doe Staff', 'Jane Doe'],
    ['Jane Doe Staff Writer', 'Jane Doe'],
  ])('%j -> %j', (text, name) => expect(extractByline(text, false)?.authors).toEqual([name]));

  it.each([
    ['Mara Lindqvist, Tobias Ekholm', ['Mara Lindqvist', 'Tobias Ekholm']],
    ['Ana Lucia Ferreira and Jon Baptiste', ['Ana Lucia Ferreira', 'Jon Baptiste']],
    ['By Ann Lee | alee@paper.example | The Paper and Bo Ng | bng@paper.example | The Paper', ['Ann Lee', 'Bo Ng']],
    ['Lena Hartmann and Tomas Alvarez, The Harbour Ledger - Dec 20, 2023 3:06 pm UTC', ['Lena Hartmann', 'Tomas Alvarez']],
  ])('%j -> several authors', (text, authors) => expect(extractByline(text, false)?.authors).toEqual(authors));

  it('reads a wire credit after "Reporting by"', () => {
    expect(extractByline('Reporting by The Associated Press.', true)).toMatchObject({
      byline: 'The Associated Press',
      authors: [],
    });
  });

  it.each([
    'The colossal field is owned by Austria’s OMV and Germany’s Wintershall | Natalia Kolesnikova',
    'Elon Musk | Getty Images',
    'Open Extended Reactions',
    'Longtime Snake performer David Hayter was controversially replaced in 2015',
    'Like British cheddar? Enjoy it while you can | Daily Paper',
    '[logo-white]Powered By Pixels',
    'By Monday morning',
    'By Christmas time',
    'Students rallied outside the library on Tuesday to demand higher stipends. By Tomas Riedel',
  ])('%j holds no byline', (text) => expect(extractByline(text, false)).toBeNull());
});

describe('the line model on numbered lines', () => {
  const page = (steps: string[]) =>
    [
      '  • Home',
      '  • Recipes',
      '  • Baking',
      '  • Drinks',
      '  • About',
      '',
      'Red lentil soup for a cold evening',
      '',
      'By Ana Ruiz',
      '3 February 2025',
      '',
      'This soup takes half an hour and a handful of things most kitchens already have, and it keeps for days.',
      '',
      ...steps,
      '',
      'Serve it with bread and a squeeze of lemon, and keep what is left in the fridge for up to four days.',
      '',
      'Most read',
      '',
      '  • Teacher wins national award',
      '  • New bakery opens',
      '',
      '© 2025 Valley Kitchen',
    ].join('\n');
  it('keeps a how-to’s numbered steps in full sentences in the body', () => {
    const units = toUnits(
      page([
        '1. Soften the onion and the garlic in the oil over a low heat for ten minutes, stirring now and then.',
        '2. Add the cumin and cook for a minute, then pour in the lentils and the stock and bring it to the boil.',
        '3. Simmer for twenty minutes, until the lentils have fallen apart, then blend half of it and stir it back.',
      ]),
    );
    const window = locateByModel(units);
    const body = units.slice(window.start, window.end).filter((_, k) => !window.skip.has(window.start + k));
    expect(body.map((u) => u.text).filter((t) => /^\d\./.test(t))).toHaveLength(3);
    expect(body.at(-1)!.text).toMatch(/^Serve it/);
  });
});

describe('a page’s date on a post’s meta line', () => {
  const page = (meta: string) =>
    PAGE.replace('By Ana Ruiz\n3 February 2025\n', '').replace('World\n\nStorm closes', `World\n\n${meta}\n\nStorm closes`);
  const dateOf = (text: string) => parseText(text, 'a.txt', 0, {}).date;

  it('reads the date a word or two introduce on a long line above the headline', () => {
    expect(
      dateOf(page('Posted on February 3, 2025 by Ana Ruiz - 5 Comments on Storm closes mountain pass for a second day')),
    ).toBe('2025-02-03');
  });

  it('does not read it from a picture’s caption or a sentence', () => {
    const caption =
      'In this February 1, 2025, photo, snow covers the road to the mountain pass above the valley (AP Photo/Ana Ruiz)';
    expect(dateOf(page(caption))).toBeNull();
    const sentence = 'On February 1, 2025 the road to the pass was closed for the first time in a decade, and it stayed shut.';
    expect(dateOf(page(sentence))).toBeNull();
  });
});

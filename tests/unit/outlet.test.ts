import { describe, expect, it } from 'vitest';
import { toUnits } from '../../src/parse/lines.js';
import { copyrightHolderOf, pageOutlet, withoutSiteName } from '../../src/parse/outlet.js';

describe('copyrightHolderOf', () => {
  it.each([
    ['© 2023 The Daily Ledger. All rights reserved.', 'The Daily Ledger'],
    ['Copyright © 2019, Los Angeles Times | Terms of Service | Privacy Policy', 'Los Angeles Times'],
    ['© Lab Ledger 2011 - 2024 powered by Example Network', 'Lab Ledger'],
    ['© 2024 Mind, Body, Wonder. All rights reserved.', 'Mind, Body, Wonder'],
    ['(c) 2012-2024 Valley News', 'Valley News'],
    ['Copyright Policy', null],
    ['© 2023 all rights reserved', null],
    ['Photo © 2021 1234', null],
  ])('%j -> %j', (line, holder) => expect(copyrightHolderOf(line)).toBe(holder));
});

const page = (foot: string, extra = '') =>
  toUnits(
    [
      '  • Home',
      '  • News',
      'Valley News',
      '',
      'Storm closes mountain pass',
      '',
      'By Ana Ruiz',
      '',
      'A mountain pass that links two valleys stayed closed for a second day on Tuesday after heavy snow.',
      extra,
      '',
      foot,
    ].join('\n'),
  );

describe('pageOutlet', () => {
  it('takes the copyright holder when the page names it again', () => {
    const found = pageOutlet(page('© 2025 Valley News. All rights reserved.'), 'Storm closes mountain pass', ['Ana Ruiz']);
    expect(found?.name).toBe('Valley News');
    expect(found?.evidence).toMatch(/copyright line; named on 2 lines/);
  });

  it('takes a page title’s suffix', () => {
    const units = page('', 'Storm closes mountain pass | Valley News');
    expect(pageOutlet(units, 'Storm closes mountain pass', [])?.name).toBe('Valley News');
  });

  it('leaves it empty when unsure: named once, a company, an agency or a credited person', () => {
    expect(pageOutlet(page('© 2025 Hill Post. All rights reserved.'), 'Storm closes mountain pass', [])).toBeNull();
    const company = page('© 2025 Valley Holdings, Inc.', 'Valley Holdings, Inc. owns this site.');
    expect(pageOutlet(company, 'Storm closes mountain pass', [])).toBeNull();
    const agency = page('© 2025 The Associated Press. All rights reserved.', 'The Associated Press contributed.');
    expect(pageOutlet(agency, 'Storm closes mountain pass', [])).toBeNull();
    const person = page('© 2025 Ana Ruiz', 'Ana Ruiz writes about the weather.');
    expect(pageOutlet(person, 'Storm closes mountain pass', [])).toBeNull();
  });

  it('takes a line of its own that the copyright holder is named for, without the legal form', () => {
    const units = page('© Hill Country Post, Inc.', 'Hill Country Post');
    const found = pageOutlet(units, 'Storm closes mountain pass', []);
    expect(found?.name).toBe('Hill Country Post');
    expect(found?.evidence).toMatch(/a line of its own, the copyright holder’s name/);
    const the = page('© 2010 The Hill Country Post Company', 'Hill Country Post');
    expect(pageOutlet(the, 'Storm closes mountain pass', [])?.name).toBe('Hill Country Post');
  });

  it('does not take a place or a section the holder’s name begins with', () => {
    // `New York` beside `New York Media LLC`: the holder is named for more than the line.
    const units = page('© 2013 Hill Country Media LLC. All rights reserved.', 'Hill Country');
    expect(pageOutlet(units, 'Storm closes mountain pass', [])).toBeNull();
  });

  it('does not take a person’s name, or the start of it, from a copyright line', () => {
    const cut = page('© 2026 Ana M. Ruiz · Privacy · Terms', 'Ana M. Ruiz writes about the weather.');
    expect(pageOutlet(cut, 'Storm closes mountain pass', ['Ana M. Ruiz'])).toBeNull();
    const glued = page('© 2025 Ana Ruiz', 'Ana Ruiz writes about the weather.');
    expect(pageOutlet(glued, 'Storm closes mountain pass', ['AnaRuiz'])).toBeNull();
  });

  it('does not take one common word, which the page also prints in lower case', () => {
    const blog = page('© 2025 Blog. All rights reserved.', 'Blog: more from our blog.');
    expect(pageOutlet(blog, 'Storm closes mountain pass', [])).toBeNull();
    // A brand in lower case in an address or an image's name still keeps its capital.
    const brand = page('© 2025 Ledgerly. All rights reserved.', 'Ledgerly [ledgerly-logo] www.ledgerly.com');
    expect(pageOutlet(brand, 'Storm closes mountain pass', [])?.name).toBe('Ledgerly');
  });
});

describe('withoutSiteName', () => {
  it.each([
    ['Critics’ Choice: The Year in Art – Artlyst', 'Artlyst', 'Critics’ Choice: The Year in Art'],
    ['Storm closes mountain pass | Valley News', 'Valley News', 'Storm closes mountain pass'],
    ['Storm closes mountain pass', 'Valley News', 'Storm closes mountain pass'],
    ['Inside Valley News', 'Valley News', 'Inside Valley News'],
    ['Ask – Valley News', 'Valley News', 'Ask – Valley News'],
  ])('%j with outlet %j -> %j', (headline, outlet, expected) => expect(withoutSiteName(headline, outlet)).toBe(expected));
});

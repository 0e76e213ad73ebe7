import { describe, expect, it } from 'vitest';
import { readColumns } from '../../src/parse/columns.js';
import { readUnits } from '../../src/parse/lines.js';

/** Lines with cells at fixed offsets, as a text-mode browser prints a table. */
function table(rows: readonly (readonly string[])[], widths: readonly number[]): string[] {
  return rows.map((cells) =>
    cells
      .map((cell, k) => (k < cells.length - 1 ? cell.padEnd(widths[k]!) : cell))
      .join('')
      .trimEnd(),
  );
}

/** The text of what `readColumns` gives, blank lines as ''. */
function read(lines: readonly string[]): string[] {
  return (readColumns(lines) ?? []).map((l) => l.text.trim());
}

describe('readColumns', () => {
  it('reads a menu beside a wrapped article one column after the other, joining the wrapped lines', () => {
    const lines = table(
      [
        ['Home', 'Flood barrier finished two years late'],
        ['News'],
        ['Sport', 'The barrier across the estuary was finished on Friday, two'],
        ['Weather', 'years later than planned and at twice the first estimate.'],
        ['Jobs'],
        ['Contact', 'Engineers said it would protect four thousand homes from'],
        ['', 'the highest tides for at least fifty years.'],
      ],
      [18],
    );
    expect(read(lines).filter(Boolean)).toEqual([
      'Home',
      'News',
      'Sport',
      'Weather',
      'Jobs',
      'Contact',
      'Flood barrier finished two years late',
      'The barrier across the estuary was finished on Friday, two years later than planned and at twice the first estimate.',
      'Engineers said it would protect four thousand homes from the highest tides for at least fifty years.',
    ]);
  });

  it('keeps the line numbers each piece came from', () => {
    const lines = table(
      [
        ['Home', 'The barrier across the estuary was finished on Friday, two'],
        ['News', 'years later than planned and at twice the first estimate.'],
        ['Sport'],
        ['Jobs', 'Engineers said it would protect four thousand homes from'],
        ['', 'the highest tides for at least fifty years.'],
      ],
      [18],
    );
    const out = (readColumns(lines) ?? []).filter((l) => l.text !== '');
    expect(out.map((l) => l.index)).toEqual([0, 1, 2, 3, 0, 3]);
  });

  it('reads by columns a layout whose paragraphs were not wrapped, where many rows hold one cell', () => {
    const paragraph =
      'The council said on Monday that the library would open on Sundays from the spring, for the first time in its history.';
    const lines = table(
      [['Home', 'Library to open on Sundays'], ['Business'], ['Weather'], ['Jobs'], ['Sport', paragraph]],
      [20],
    );
    expect(read(lines).filter(Boolean)).toEqual([
      'Home',
      'Business',
      'Weather',
      'Jobs',
      'Sport',
      'Library to open on Sundays',
      paragraph,
    ]);
  });

  it('leaves a table of data as it stands, row by row, even where its cells are sentences', () => {
    const lines = table(
      [
        ['Kettle', 'Boils a full jug in under three minutes and switches itself off when dry.', '4 / 5'],
        ['Toaster', 'Browns both sides evenly, though the crumb tray is awkward to empty out.', '3 / 5'],
        ['Blender', 'Crushes ice without fuss and is quieter than any other model on the list.', '5 / 5'],
      ],
      [12, 80],
    );
    expect(readColumns(lines)).toBeNull();
  });

  it('leaves a table of short cells as it stands', () => {
    const lines = table(
      [
        ['Northfield', '41.2', '7'],
        ['Eastbrook', '38.6', '11'],
        ['Millbury', '35.0', '4'],
      ],
      [20, 10],
    );
    expect(readColumns(lines)).toBeNull();
  });

  it('leaves a column of marks with its rows: a diff, a list', () => {
    const lines = table(
      [
        ['+', 'if (entries.length === 0) return nothing; // the log holds no entries yet'],
        ['+', 'const root = tree.rootHash(entries); // hash of the whole log, checked later'],
        ['-', 'return fetchLatest(client, origin).then((checkpoint) => verify(checkpoint));'],
      ],
      [4],
    );
    expect(readColumns(lines)).toBeNull();
  });

  it("does not cut a form field's brackets", () => {
    const lines = ['Search [                    ] [Go]', 'Email  [                    ]'];
    expect(readColumns(lines)).toBeNull();
  });

  it('leaves a line whose far cell no other line shares', () => {
    const lines = ['Weekly Gazette          Subscribe', 'A line of ordinary text that is long enough to cross.', 'Another.'];
    expect(readColumns(lines)).toBeNull();
  });
});

describe('readUnits', () => {
  const layout = [
    'Skip to content',
    '',
    ...['Front page', 'Letters', 'Photographs', 'Events', 'Advertise'].map((item) => `  • ${item}`),
    '',
    ...table(
      [
        ['Home', 'Flood barrier finished two years late'],
        ['News'],
        ['Sport', 'The barrier across the estuary was finished on Friday, two'],
        ['Weather', 'years later than planned and at twice the first estimate.'],
        ['Jobs'],
        ['Business', 'Engineers said it would protect four thousand homes from'],
        ['Contact', 'the highest tides for at least fifty years.'],
        ['Archive'],
        ['Privacy'],
      ],
      [18],
    ),
  ].join('\n');

  it("reads a page's columns one after another", () => {
    const { units, page } = readUnits(layout);
    expect(page).toBe(true);
    expect(units.map((u) => u.text)).toContain(
      'The barrier across the estuary was finished on Friday, two years later than planned and at twice the first estimate.',
    );
  });

  it('reads text that is not a page line by line, columns and all', () => {
    const text = [
      'Results',
      '',
      'The club said on Sunday that its new ground would be ready for the first match of the season.',
      '',
      table(
        [
          ['Harriers', 'The best season the club has had in a generation of players.'],
          ['Rovers', 'A poor start, mended by a long run of wins after Christmas.'],
        ],
        [12],
      ).join('\n'),
    ].join('\n');
    const { units, page } = readUnits(text);
    expect(page).toBe(false);
    expect(units.map((u) => u.text)).toContain('Harriers The best season the club has had in a generation of players.');
  });
});

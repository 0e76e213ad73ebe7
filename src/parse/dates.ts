/**
 * Dates: strict ISO 8601 for front matter, and the common written forms for text.
 *
 *   2023-04-18 · 2023-04-18T09:30:00Z     ISO
 *   18 April 2023 · Tuesday 18th Apr 2023  day first
 *   April 18, 2023 · Apr. 18 2023          month first
 *   18/04/2023 (day > 12, so unambiguous)   numeric; 04/05/2023 is ambiguous and refused,
 *   9/8/2015 12:15 PM PT                   unless a US time zone says the month comes first
 *   12/22/23 11:35 AM                      two-digit years only before a clock time or at the end
 *   5 juin 2018 · 5. Juni 2018 · 5 de junio de 2018   day first, in French, Spanish, German, Italian, Portuguese, Dutch
 *   3 hours ago                            relative: ignored
 */

const MONTHS: Record<string, number> = {
  jan: 1,
  january: 1,
  feb: 2,
  february: 2,
  mar: 3,
  march: 3,
  apr: 4,
  april: 4,
  may: 5,
  jun: 6,
  june: 6,
  jul: 7,
  july: 7,
  aug: 8,
  august: 8,
  sep: 9,
  sept: 9,
  september: 9,
  oct: 10,
  october: 10,
  nov: 11,
  november: 11,
  dec: 12,
  december: 12,
};

/**
 * Month names of the other languages archives often hold (French, Spanish,
 * German, Italian, Portuguese, Dutch), read only in day-first dates with a
 * year (`5 juin 2018`, `5. Juni 2018`, `5 de junio de 2018`): alone, words such
 * as `mars` or `mei` are no dates.
 */
const FOREIGN_MONTHS: Record<string, number> = Object.fromEntries(
  [
    'janvier enero januar gennaio janeiro januari',
    'février fevrier febrero februar febbraio fevereiro februari',
    'mars marzo märz maerz março marco maart',
    'avril abril aprile',
    'mai mayo maggio maio mei',
    'juin junio juni giugno junho',
    'juillet julio juli luglio julho',
    'août aout agosto augustus',
    'septembre septiembre setiembre settembre setembro',
    'octobre octubre oktober ottobre outubro',
    'novembre noviembre novembro',
    'décembre decembre diciembre dezember dicembre dezembro',
  ].flatMap((names, k) => names.split(' ').map((name) => [name, k + 1] as const)),
);
const FOREIGN_MONTH = `(${Object.keys(FOREIGN_MONTHS).join('|')})`;

const ISO = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.\d{1,9})?)?(Z|[+-]\d{2}:?\d{2})?)?$/;

/**
 * Validate a strict ISO 8601 date or date-time; no rollover (2024-02-30 is refused).
 * @param text candidate, e.g. `2023-04-18` or `2023-04-18T09:30:00+01:00`
 * @returns the text normalised (`T` separator), or null when invalid
 */
export function isoDate(text: string): string | null {
  const m = ISO.exec(text.trim());
  if (!m) return null;
  const [, y, mo, d, h, mi, s] = m;
  if (!validDay(Number(y), Number(mo), Number(d))) return null;
  if (h !== undefined && (Number(h) > 23 || Number(mi) > 59 || Number(s ?? 0) > 59)) return null;
  return text.trim().replace(' ', 'T');
}

/** True when the day exists in that month of that year. */
export function validDay(year: number, month: number, day: number): boolean {
  if (year < 1000 || month < 1 || month > 12 || day < 1) return false;
  return day <= new Date(Date.UTC(year, month, 0)).getUTCDate();
}

export interface FoundDate {
  /** `YYYY-MM-DD` */
  iso: string;
  /** Where in the text the date was found: [start, end). */
  start: number;
  end: number;
}

const MONTH =
  '(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\\.?';
const DAY = '(\\d{1,2})(?:st|nd|rd|th)?';
const YEAR = '(\\d{4})';
/**
 * How a text writes its numeric dates, when its unambiguous ones all agree:
 * `14/04/2020` says day first, `04/14/2020` month first.
 */
export type NumericOrder = 'day-first' | 'month-first' | null;

type Pick = (m: RegExpExecArray, order: NumericOrder) => [number, number, number] | 'ambiguous' | null;
const FORMS: Array<{ re: RegExp; pick: Pick }> = [
  {
    re: /\b(\d{4})-(\d{2})-(\d{2})(?:[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?\b/,
    pick: (m) => [Number(m[1]), Number(m[2]), Number(m[3])],
  },
  {
    re: new RegExp(`\\b${DAY}\\s+(?:of\\s+)?${MONTH},?\\s+${YEAR}\\b`, 'i'),
    pick: (m) => [Number(m[3]), MONTHS[m[2]!.toLowerCase()]!, Number(m[1])],
  },
  {
    re: new RegExp(`\\b${MONTH}\\s+${DAY},?\\s+${YEAR}\\b`, 'i'),
    pick: (m) => [Number(m[3]), MONTHS[m[1]!.toLowerCase()]!, Number(m[2])],
  },
  {
    re: new RegExp(
      `(?<![\\p{L}\\d])(\\d{1,2})(?:\\.|er|º)?\\s+(?:de\\s+)?${FOREIGN_MONTH}\\.?,?\\s+(?:de\\s+)?(\\d{4})\\b`,
      'iu',
    ),
    pick: (m) => [Number(m[3]), FOREIGN_MONTHS[m[2]!.toLowerCase()]!, Number(m[1])],
  },
  {
    re: /\b(\d{4})\/(\d{1,2})\/(\d{1,2})\b/,
    pick: (m) => [Number(m[1]), Number(m[2]), Number(m[3])],
  },
  {
    re: /\b(\d{1,2})[/.](\d{1,2})[/.](\d{4})\b/,
    pick: (m, order) => dayAndMonth(m, Number(m[3]), order),
  },
  {
    // A page's date stamp: `12/22/23 11:35 AM`, `By Jane Roe • 05/26/22 4:20pm`, `12/19/16`.
    re: /\b(\d{1,2})\/(\d{1,2})\/(\d{2})(?=\s+\d{1,2}:\d{2}|\s*$|\s+\d{1,2}\/\d{1,2}\/\d{2}\b)/,
    pick: (m, order) => dayAndMonth(m, twoDigitYear(Number(m[3])), order),
  },
];

/** US time zones after a numeric date: the month comes first (`9/8/2015 12:15 PM PT`). */
const US_ZONE = /^[\s,]*(?:at\s+)?(?:\d{1,2}:\d{2}\s*(?:[aApP]\.?[mM]\.?)?\s*)?\b(?:[ECMP][SD]?T)\b/;

/**
 * Day and month of a numeric date: the order is known when one is over 12 or the two
 * are equal; else a US time zone after it says month first, else the text's own habit.
 */
function dayAndMonth(m: RegExpExecArray, y: number, order: NumericOrder): [number, number, number] | 'ambiguous' {
  const a = Number(m[1]);
  const b = Number(m[2]);
  if (a > 12 && b <= 12) return [y, b, a];
  if (b > 12 && a <= 12) return [y, a, b];
  if (a === b || US_ZONE.test(m.input.slice(m.index + m[0].length))) return [y, a, b];
  if (order === 'day-first') return [y, b, a];
  if (order === 'month-first') return [y, a, b];
  return 'ambiguous';
}

const NUMERIC = /\b(\d{1,2})[/.](\d{1,2})[/.](?:\d{4}|\d{2}\b)/g;

/**
 * The order a text writes numeric dates in, from the ones that read only one way
 * (a comment thread's `14/04/2020 at 3:00 pm` settles the article's `12/04/2020`).
 * @param text a whole article or page
 * @returns the order, or null when there is no evidence or it conflicts
 */
export function numericOrder(text: string): NumericOrder {
  let dayFirst = false;
  let monthFirst = false;
  for (const m of text.matchAll(NUMERIC)) {
    const a = Number(m[1]);
    const b = Number(m[2]);
    if (a > 12 && a <= 31 && b >= 1 && b <= 12) dayFirst = true;
    else if (b > 12 && b <= 31 && a >= 1 && a <= 12) monthFirst = true;
  }
  return dayFirst === monthFirst ? null : dayFirst ? 'day-first' : 'month-first';
}

/** `23` -> 2023, `98` -> 1998: a fixed pivot, so the reading never depends on today's date. */
function twoDigitYear(yy: number): number {
  return yy < 70 ? 2000 + yy : 1900 + yy;
}

/**
 * Every date written in a piece of text, in order.
 * @param text a line such as `Updated: 19 April 2023. First published: 18 April 2023`
 * @param order how the text writes numeric dates, when known
 */
export function findDates(text: string, order: NumericOrder = null): FoundDate[] {
  const all: FoundDate[] = [];
  for (let offset = 0; offset < text.length;) {
    const found = findDate(text.slice(offset), order);
    if (found === null || found === 'ambiguous') break;
    all.push({ iso: found.iso, start: found.start + offset, end: found.end + offset });
    offset += found.end;
  }
  return all;
}

/** The text with its dates cut out (each leaves a space). */
export function withoutDates(text: string, dates: readonly FoundDate[]): string {
  return dates.reduceRight((t, d) => t.slice(0, d.start) + ' ' + t.slice(d.end), text);
}

/**
 * Find the first date written in a piece of text.
 * @param text a line such as `Published: 18 April 2023, 09:30 BST`
 * @param order how the whole text writes numeric dates, when known (numericOrder)
 * @returns the date, `ambiguous` for numeric dates that could be read either way, or null
 */
export function findDate(text: string, order: NumericOrder = null): FoundDate | 'ambiguous' | null {
  let ambiguous = false;
  let best: FoundDate | null = null;
  for (const form of FORMS) {
    const m = form.re.exec(text);
    if (!m) continue;
    const picked = form.pick(m, order);
    if (picked === 'ambiguous') {
      ambiguous = true;
      continue;
    }
    if (picked === null) continue;
    const [y, mo, d] = picked;
    if (!validDay(y, mo, d)) continue;
    const found = { iso: `${y}-${pad(mo)}-${pad(d)}`, start: m.index, end: m.index + m[0].length };
    if (best === null || found.start < best.start) best = found;
  }
  return best ?? (ambiguous ? 'ambiguous' : null);
}

function pad(n: number): string {
  return String(n).padStart(2, '0');
}

/**
 * A date for people: `18 April 2023`, computed in UTC so it never depends on the build machine.
 * @param iso `YYYY-MM-DD` or a longer ISO date-time
 */
export function displayDate(iso: string): string {
  const [y, m, d] = iso.slice(0, 10).split('-').map(Number) as [number, number, number];
  return `${d} ${monthName(m)} ${y}`;
}

/** English month names, as en-GB prints them (a table, not Intl: each call of toLocaleString builds a formatter). */
const MONTH_NAMES = 'January February March April May June July August September October November December'.split(' ');

/**
 * The English name of a month.
 * @param month 1 to 12
 */
export function monthName(month: number): string {
  return MONTH_NAMES[month - 1]!;
}

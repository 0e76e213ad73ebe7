/**
 * Dates: strict ISO 8601 for front matter, and the common written forms for text.
 *
 *   2023-04-18 · 2023-04-18T09:30:00Z     ISO
 *   18 April 2023 · Tuesday 18th Apr 2023  day first
 *   April 18, 2023 · Apr. 18 2023          month first
 *   18/04/2023 (day > 12, so unambiguous)   numeric; 04/05/2023 is ambiguous and refused
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
const FORMS: Array<{ re: RegExp; pick: (m: RegExpExecArray) => [number, number, number] | 'ambiguous' | null }> = [
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
    re: /\b(\d{4})\/(\d{1,2})\/(\d{1,2})\b/,
    pick: (m) => [Number(m[1]), Number(m[2]), Number(m[3])],
  },
  {
    re: /\b(\d{1,2})[/.](\d{1,2})[/.](\d{4})\b/,
    pick: (m) => {
      const a = Number(m[1]);
      const b = Number(m[2]);
      const y = Number(m[3]);
      if (a > 12 && b <= 12) return [y, b, a];
      if (b > 12 && a <= 12) return [y, a, b];
      if (a === b) return [y, a, b];
      return 'ambiguous';
    },
  },
];

/**
 * Find the first date written in a piece of text.
 * @param text a line such as `Published: 18 April 2023, 09:30 BST`
 * @returns the date, `ambiguous` for numeric dates that could be read either way, or null
 */
export function findDate(text: string): FoundDate | 'ambiguous' | null {
  let ambiguous = false;
  let best: FoundDate | null = null;
  for (const form of FORMS) {
    const m = form.re.exec(text);
    if (!m) continue;
    const picked = form.pick(m);
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
  const name = new Date(Date.UTC(y, m - 1, d)).toLocaleString('en-GB', { month: 'long', timeZone: 'UTC' });
  return `${d} ${name} ${y}`;
}

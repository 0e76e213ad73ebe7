/**
 * The archive over time: articles per month (per year when the dates span
 * more than five years) as a small bar chart, drawn at build time as inline
 * SVG by the templates from the numbers made here. The time axis is
 * continuous: a month with no articles is an empty slot, not left out.
 * Undated articles have no place on the axis; they are counted apart.
 */

/** Dates spanning more years than this are counted per year. */
export const MAX_YEARS_BY_MONTH = 5;

/** The chart's drawing box, in SVG user units. */
const WIDTH = 600;
const HEIGHT = 120;
const AXIS = 18;
const MAX_SLOT = 40;

const MONTH_NAMES = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

export interface ChartBar {
  /** `2024-03` or `2024`. */
  key: string;
  /** `March 2024` or `2024`. */
  label: string;
  count: number;
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface Chart {
  unit: 'month' | 'year';
  bars: ChartBar[];
  /** Labels under the axis: every year's first slot (by month), or every few years. */
  ticks: Array<{ x: number; label: string }>;
  max: number;
  dated: number;
  undated: number;
  first: string;
  last: string;
  width: number;
  height: number;
  axisY: number;
  /** One sentence for screen readers and as the figure's caption. */
  description: string;
}

/**
 * The chart of some articles' dates, or null when none is dated.
 * @param dates each article's ISO date, or null
 */
export function timeline(dates: ReadonlyArray<string | null>): Chart | null {
  const dated = dates.filter((d): d is string => d !== null).map((d) => d.slice(0, 7));
  if (dated.length === 0) return null;
  const sorted = [...dated].sort();
  const first = sorted[0]!;
  const last = sorted.at(-1)!;
  const [y0, m0] = first.split('-').map(Number) as [number, number];
  const [y1, m1] = last.split('-').map(Number) as [number, number];
  const unit = y1 - y0 + 1 > MAX_YEARS_BY_MONTH ? 'year' : 'month';
  const keys: string[] = [];
  if (unit === 'year') for (let y = y0; y <= y1; y++) keys.push(String(y));
  else {
    let [y, m] = [y0, m0];
    while (y < y1 || (y === y1 && m <= m1)) {
      keys.push(`${y}-${String(m).padStart(2, '0')}`);
      [y, m] = m === 12 ? [y + 1, 1] : [y, m + 1];
    }
  }
  const counts = new Map(keys.map((k) => [k, 0]));
  for (const d of dated) {
    const key = unit === 'year' ? d.slice(0, 4) : d;
    counts.set(key, counts.get(key)! + 1);
  }
  const max = Math.max(...counts.values());
  // A slot is at most MAX_SLOT wide, so that a few months do not make a few slabs.
  const slot = Math.min(WIDTH / keys.length, MAX_SLOT);
  const plot = HEIGHT - AXIS;
  const bars = keys.map((key, i) => {
    const count = counts.get(key)!;
    const height = count === 0 ? 0 : Math.max(1, round((count / max) * (plot - 4)));
    return {
      key,
      label: labelOf(key),
      count,
      x: round(i * slot + slot * 0.1),
      y: round(plot - height),
      width: round(Math.max(slot * 0.8, 0.5)),
      height,
    };
  });
  const ticks =
    unit === 'month'
      ? bars.filter((b, i) => i === 0 || b.key.endsWith('-01')).map((b) => ({ x: b.x, label: b.key.slice(0, 4) }))
      : bars.filter((_, i) => i % Math.ceil(bars.length / 8) === 0).map((b) => ({ x: b.x, label: b.key }));
  const undated = dates.length - dated.length;
  const per = unit === 'month' ? 'month' : 'year';
  const busiest = bars.reduce((a, b) => (b.count > a.count ? b : a));
  return {
    unit,
    bars,
    ticks,
    max,
    dated: dated.length,
    undated,
    first: labelOf(unit === 'year' ? first.slice(0, 4) : first),
    last: labelOf(unit === 'year' ? last.slice(0, 4) : last),
    width: WIDTH,
    height: HEIGHT,
    axisY: plot,
    description:
      `Articles per ${per} from ${labelOf(first)} to ${labelOf(last)}: ${dated.length} dated` +
      `${undated ? `, ${undated} undated and not shown` : ''}; the most in one ${per} is ${max}, in ${busiest.label}.`,
  };
}

function labelOf(key: string): string {
  if (key.length === 4) return key;
  const [y, m] = key.split('-').map(Number) as [number, number];
  return `${MONTH_NAMES[m - 1]} ${y}`;
}

function round(n: number): number {
  return Math.round(n * 100) / 100;
}

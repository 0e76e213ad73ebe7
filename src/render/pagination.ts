/**
 * Pagination with stable addresses: page 1 at the listing's own URL, then
 * `page/2/`, `page/3/`... Adding articles moves them between pages, but never
 * changes the addresses of the listing pages themselves.
 *
 * A page links to a window of the others, as Hugo's and Eleventy's usual
 * pagination partials do: the first and the last page, the WINDOW pages on
 * each side of the current one, and a gap (…) for what lies between, so a
 * page's links stay the same in number however long the listing grows.
 */

/** Pages linked on each side of the current one. */
export const WINDOW = 2;

export interface Pagination {
  /** This page's URL. */
  url: string;
  current: number;
  total: number;
  prev: string | null;
  next: string | null;
  /** The pages linked from this one, in order, with a gap where pages are left out. */
  pages: Array<{ number: number; url: string; current: boolean; gap: false } | { gap: true }>;
}

/**
 * The page numbers a page links to: first, last, and the window around the current one.
 * @param current this page's number
 * @param total how many pages there are
 */
export function pageWindow(current: number, total: number): Array<number | null> {
  const out: Array<number | null> = [];
  for (let n = 1; n <= total; n++) {
    if (n === 1 || n === total || Math.abs(n - current) <= WINDOW) out.push(n);
    else if (out.at(-1) !== null) out.push(null);
  }
  return out;
}

/**
 * Split items into pages.
 * @param items everything to list, in order
 * @param size items per page
 * @param base the listing's URL (`/outlets/express-and-star/`)
 */
export function paginate<T>(items: readonly T[], size: number, base: string): Array<{ items: T[]; pagination: Pagination }> {
  const total = Math.max(1, Math.ceil(items.length / size));
  const urlOf = (n: number) => (n === 1 ? base : `${base}page/${n}/`);
  const pages = Array.from({ length: total }, (_, i) => i + 1);
  return pages.map((n) => ({
    items: items.slice((n - 1) * size, n * size),
    pagination: {
      url: urlOf(n),
      current: n,
      total,
      prev: n > 1 ? urlOf(n - 1) : null,
      next: n < total ? urlOf(n + 1) : null,
      pages: pageWindow(n, total).map((p) =>
        p === null ? { gap: true as const } : { number: p, url: urlOf(p), current: p === n, gap: false as const },
      ),
    },
  }));
}

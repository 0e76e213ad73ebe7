/**
 * Pagination with stable addresses: page 1 at the listing's own URL, then
 * `page/2/`, `page/3/`... Adding articles moves them between pages, but never
 * changes the addresses of the listing pages themselves.
 */

export interface Pagination {
  /** This page's URL. */
  url: string;
  current: number;
  total: number;
  prev: string | null;
  next: string | null;
  pages: Array<{ number: number; url: string; current: boolean }>;
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
      pages: pages.map((p) => ({ number: p, url: urlOf(p), current: p === n })),
    },
  }));
}

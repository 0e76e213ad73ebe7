/**
 * A wire dateline at the head of a story's first paragraph, as the comparison of
 * copies reads it: where the copy was filed, not what the story says. The wire's
 * `PORTHAVEN, England (Reuters) - A 40-metre section …` and a rewrite's `A
 * 40-metre section …` are the same paragraph, kept.
 */

/** What follows the place in a dateline: a filing day, the agency in brackets, then a dash. */
const FILED = /^(?:,? [A-Z][a-z]{2,8}\.? \d{1,2})?\s*(?:\([^()]{1,32}\))?\s*(?:--|—|–|―|-)\s+(?=\S)/;

/**
 * The paragraph without the dateline it opens with, or as it is when it opens with none.
 * @param text a story's first paragraph
 * @param place the record's dateline (the place), or null
 */
export function withoutDateline(text: string, place: string | null): string {
  if (!place || !text.startsWith(place)) return text;
  const filed = FILED.exec(text.slice(place.length));
  return filed ? text.slice(place.length + filed[0].length) : text;
}

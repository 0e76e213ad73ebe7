/**
 * Text comparison as the corpus README defines it: Unicode NFKC, curly quotes
 * to straight, en/em dashes to `-`, case-folded, runs of white space to one
 * space, trimmed.
 */

/**
 * Normalise a text for comparison.
 * @param text any text
 */
export function normalise(text: string): string {
  return text
    .normalize('NFKC')
    .replace(/[‘’‚‛′]/g, "'")
    .replace(/[“”„‟″]/g, '"')
    .replace(/[–—‒―]/g, '-')
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .trim();
}

/**
 * The names in a byline: split on `,` `;` `&` `and` `|`, a leading "By" removed.
 * @param byline a byline as written
 */
export function bylineNames(byline: string): string[] {
  return normalise(byline)
    .replace(/^by\s+/, '')
    .split(/\s*(?:,|;|&|\||\band\b)\s*/)
    .map((s) => s.replace(/^by\s+/, '').trim())
    .filter(Boolean)
    .sort();
}

/**
 * The names a record credits, as the byline is scored: its authors when it has
 * any, else its byline split into names; sorted.
 * @param authors the record's authors
 * @param byline the record's byline
 */
export function creditedNames(authors: readonly string[], byline: string | null): string[] {
  return authors.length > 0 ? authors.flatMap(bylineNames).sort() : byline ? bylineNames(byline) : [];
}

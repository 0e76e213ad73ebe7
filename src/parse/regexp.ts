/**
 * Text to match literally inside a regular expression: `Phys.org` -> `Phys\.org`.
 * @param text any text
 */
export function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

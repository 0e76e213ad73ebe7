/**
 * Diagnostics as the user reads them:
 *
 *   articles/x.txt:12:1: error[byline/ambiguous]: two lines look like bylines
 *     hint: set `byline:` in front matter to choose
 */
import type { Diagnostic, Severity } from '../types.js';

const rank: Record<Severity, number> = { error: 0, warning: 1, info: 2 };

/**
 * Order diagnostics by file, line, column, then severity and code, so output is stable.
 * @param diagnostics the diagnostics to order (not modified)
 */
export function sortDiagnostics(diagnostics: readonly Diagnostic[]): Diagnostic[] {
  return [...diagnostics].sort(
    (a, b) =>
      (a.file < b.file ? -1 : a.file > b.file ? 1 : 0) ||
      a.line - b.line ||
      a.column - b.column ||
      rank[a.severity] - rank[b.severity] ||
      (a.code < b.code ? -1 : a.code > b.code ? 1 : 0),
  );
}

/**
 * One diagnostic as text, with its hint on a second line when it has one.
 * @param d the diagnostic
 */
export function formatDiagnostic(d: Diagnostic): string {
  const head = `${d.file}:${d.line}:${d.column}: ${d.severity}[${d.code}]: ${d.message}`;
  return d.hint === undefined ? head : `${head}\n  hint: ${d.hint}`;
}

/**
 * Many diagnostics as text or JSON, sorted.
 * @param diagnostics what to print
 * @param format `text` (one per line, hints indented) or `json` (an array)
 */
export function formatDiagnostics(diagnostics: readonly Diagnostic[], format: 'text' | 'json'): string {
  const sorted = sortDiagnostics(diagnostics);
  if (format === 'json') return JSON.stringify(sorted, null, 2);
  return sorted.map(formatDiagnostic).join('\n');
}

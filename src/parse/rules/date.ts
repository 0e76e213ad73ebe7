/**
 * Date lines: a line that is a date, with or without a label and a time.
 *
 *   Published: 18 April 2023               -> published 2023-04-18
 *   Last updated 09:30 BST, 19 April 2023  -> updated 2023-04-19
 *   Tuesday 18 April 2023                  -> 2023-04-18
 *   It was 18 April 2023 when the storm hit. -> not a date line: a sentence
 *
 * The published date wins over an updated one; the first plain date over later ones.
 */
import { diagnostic } from '../../diagnostics/catalogue.js';
import { findDate, findDates, withoutDates, type FoundDate, type NumericOrder } from '../dates.js';
import type { DateFound, Rule } from '../state.js';
import { peek } from '../state.js';

const PUBLISHED =
  /\b(published|posted|first published|originally published|created|issued|filed)\b|(?<!\p{L})(publié|publicado|publicada|veröffentlicht|pubblicato|gepubliceerd)(?!\p{L})/iu;
const UPDATED =
  /\b(updated|modified|last updated|edited|revised)\b|(?<!\p{L})(mis à jour|actualizado|aktualisiert|aggiornato|bijgewerkt)(?!\p{L})/iu;
/** The same labels and weekdays in the other languages the date reader knows. */
const FOREIGN_FILLER_LIST = [
  'publié',
  'mis à jour',
  'le',
  'à',
  'a las',
  'alle',
  '\\d{1,2}h\\d{2}',
  'lundi',
  'mardi',
  'mercredi',
  'jeudi',
  'vendredi',
  'samedi',
  'dimanche',
  'publicado',
  'publicada',
  'actualizado',
  'el',
  'lunes',
  'martes',
  'miércoles',
  'jueves',
  'viernes',
  'sábado',
  'domingo',
  'veröffentlicht',
  'aktualisiert',
  'am',
  'um',
  'uhr',
  'montag',
  'dienstag',
  'mittwoch',
  'donnerstag',
  'freitag',
  'samstag',
  'sonntag',
  'pubblicato',
  'aggiornato',
  'il',
  'lunedì',
  'martedì',
  'mercoledì',
  'giovedì',
  'venerdì',
  'sabato',
  'domenica',
  'gepubliceerd',
  'bijgewerkt',
  'op',
  'maandag',
  'dinsdag',
  'woensdag',
  'donderdag',
  'vrijdag',
  'zaterdag',
  'zondag',
];
const FOREIGN_FILLER = new RegExp(`(?<!\\p{L})(${FOREIGN_FILLER_LIST.join('|')})(?!\\p{L})`, 'giu');
/** What may stand beside a date on a date line: labels, weekdays, times, zones. */
const FILLER_LIST = [
  'story',
  'article',
  'issue',
  'page',
  'published',
  'posted',
  'first',
  'originally',
  'created',
  'issued',
  'filed',
  'updated',
  'modified',
  'last',
  'edited',
  'revised',
  'on',
  'at',
  'by',
  'date',
  'time',
  'am',
  'pm',
  'gmt',
  'bst',
  'utc',
  'cet',
  'cest',
  'est',
  'edt',
  'pst',
  'pdt',
  'ist',
  'jst',
  'aest',
  '[ecmp][sd]?t',
  'mon(day)?',
  'tue(s|sday)?',
  'wed(nesday)?',
  'thu(rs|rsday)?',
  'fri(day)?',
  'sat(urday)?',
  'sun(day)?',
];
const FILLER = new RegExp(
  `\\b(${FILLER_LIST.join('|')})\\b|\\d{1,2}[:.]\\d{2}(:\\d{2})?(am|pm)?|\\b[ap]\\.m\\.|[,|·•:()\\-–—/]|\\.$`,
  'gi',
);

/**
 * Read a line as a date line.
 * @param text one line
 * @param order how the whole text writes numeric dates, when known
 * @returns the date and its kind, `ambiguous`, or null when the line is not a date line
 */
export function parseDateLine(text: string, order: NumericOrder = null): Omit<DateFound, 'line'> | 'ambiguous' | null {
  if (text.length > 100) return null;
  const found = findDates(text, order);
  if (found.length === 0) {
    if (findDate(text) !== 'ambiguous') return null;
    return text.replace(AMBIGUOUS, '').replace(FILLER, ' ').trim() === '' ? 'ambiguous' : null;
  }
  if (withoutDates(text, found).replace(FILLER, ' ').replace(FOREIGN_FILLER, ' ').trim() !== '') return null;
  return pickLabelled(text, found);
}

/** A numeric date that reads both ways, as findDate refuses it. */
const AMBIGUOUS = /\d{1,2}[/.]\d{1,2}[/.]\d{2,4}/;

/**
 * Of the dates on one line, the published one, else the first plain one, else the first;
 * each takes the label before it (`Updated: ... First published: ...`), and a line's only
 * date the line's label wherever it stands.
 * @param text the line
 * @param found its dates, in order
 */
export function pickLabelled(text: string, found: readonly FoundDate[]): Omit<DateFound, 'line'> {
  if (found.length === 1) return { iso: found[0]!.iso, kind: dateKind(text) };
  const labelled = found.map((d, k) => ({ iso: d.iso, kind: dateKind(text.slice(k === 0 ? 0 : found[k - 1]!.end, d.start)) }));
  return labelled.find((d) => d.kind === 'published') ?? labelled.find((d) => d.kind === 'plain') ?? labelled[0]!;
}

/**
 * What a date's label says it is: `Published 3 May` -> published, `Updated ...` -> updated, else plain.
 * @param label the text around (or before) a date
 */
export function dateKind(label: string): DateFound['kind'] {
  return PUBLISHED.test(label) ? 'published' : UPDATED.test(label) ? 'updated' : 'plain';
}

export const date: Rule = {
  name: 'date',
  examples: [
    { text: 'Published: 18 April 2023', gives: 'date 2023-04-18 (published)' },
    { text: 'Updated 09:30, April 19, 2023', gives: 'date 2023-04-19 (updated)' },
    { text: '04/05/2023', gives: 'no date: day and month could be either; a diagnostic' },
  ],
  apply(state) {
    if (state.phase === 'start') return 0;
    const unit = peek(state)!;
    const found = parseDateLine(unit.text, state.dateOrder);
    if (found === null) return 0;
    if (found === 'ambiguous') {
      state.diagnostics.push(diagnostic('date/ambiguous', { file: state.file, line: unit.line }, unit.text));
    } else {
      state.dates.push({ ...found, line: unit.line });
    }
    return 1;
  },
};

/**
 * Pick the article's date: published, else the first plain date, else updated; dates
 * on lines of their own before dates among many words.
 * @param dates every date line found
 */
export function chooseDate(dates: readonly DateFound[]): string | null {
  const pick =
    dates.find((d) => d.kind === 'published' && !d.loose) ??
    dates.find((d) => d.kind === 'plain' && !d.loose) ??
    dates.find((d) => d.kind === 'published') ??
    dates.find((d) => d.kind === 'plain') ??
    dates.find((d) => d.kind === 'updated');
  return pick?.iso ?? null;
}

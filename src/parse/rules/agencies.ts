/**
 * News agencies (wire services): a small, closed, world-wide set. Matching their
 * names is how a reader recognises wire copy, and how we do. Each entry lists the
 * names the agency is credited under; the first is how we write it.
 */
import { rememberPerText } from '../memo.js';

const AGENCIES: string[][] = [
  ['Associated Press', 'AP', 'The Associated Press'],
  ['Press Association', 'PA', 'PA Media', 'PA Wire', 'PA Media Group'],
  ['Reuters', 'Thomson Reuters'],
  ['AFP', 'Agence France-Presse', 'Agence France Presse'],
  ['Bloomberg', 'Bloomberg News'],
  ['dpa', 'Deutsche Presse-Agentur'],
  ['UPI', 'United Press International'],
  ['Xinhua', 'Xinhua News Agency'],
  ['EFE', 'Agencia EFE'],
  ['ANSA'],
  ['Kyodo', 'Kyodo News'],
  ['Yonhap', 'Yonhap News Agency'],
  ['ANI', 'Asian News International'],
  ['PTI', 'Press Trust of India'],
  ['IANS', 'Indo-Asian News Service'],
  ['AAP', 'Australian Associated Press'],
  ['The Canadian Press', 'Canadian Press', 'CP'],
  ['TASS'],
  ['Anadolu', 'Anadolu Agency'],
  ['Europa Press'],
  ['Bernama'],
  ['Antara'],
  ['NTB'],
  ['Ritzau'],
  ['Belga'],
  ['ANP'],
  ['CNA', 'Central News Agency'],
  ['Agence Europe'],
];

const INDEX = new Map<string, string>();
for (const names of AGENCIES) for (const name of names) INDEX.set(fold(name), name);
/** No longer text can be an agency's name (with "The " and some white space to spare). */
const LONGEST = Math.max(...[...INDEX.keys()].map((k) => k.length)) + 12;

function fold(text: string): string {
  return text.toLowerCase().replace(/[‐-―]/g, '-').replace(/\s+/g, ' ').trim();
}

/**
 * The agency a piece of text names, written as it was written, or null.
 * Only the whole text counts: `Reuters` is an agency, `Reuters reported` is not.
 * @param text a credit such as `Press Association` or `AP`
 */
export function agencyName(text: string): string | null {
  return text.length > LONGEST ? null : knownAgency(text);
}

const knownAgency = rememberPerText((text: string): string | null => {
  const key = fold(text);
  return INDEX.has(key) || INDEX.has(key.replace(/^the /, '')) ? text.trim() : null;
});

/**
 * True when the word is one of the agencies' short credits (`AP`, `PA`, `AFP`):
 * these are written in capitals, so only a capitalised match counts.
 * @param word a single word
 */
export function isAgencyAcronym(word: string): boolean {
  return /^[A-Z]{2,6}$/.test(word) && INDEX.has(fold(word));
}

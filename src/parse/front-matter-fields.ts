/**
 * Front-matter fields are copied from a whitelist, one typed check per field.
 * Nothing else from the parsed YAML ever reaches a record, a template or Eleventy.
 */
import { diagnostic } from '../diagnostics/catalogue.js';
import type { Diagnostic } from '../types.js';
import { isoDate } from './dates.js';

export interface FrontMatterFields {
  headline?: string;
  standfirst?: string | null;
  byline?: string | null;
  authors?: string[];
  outlet?: string | null;
  agency?: string | null;
  date?: string | null;
  dateline?: string | null;
  tags?: string[];
  slug?: string;
  url?: string;
  retrieved?: string;
}

type Key = keyof FrontMatterFields;

/** Accepted spellings: the record's own names, plus the common `title` and `author`. */
const KEYS: Record<string, Key> = {
  headline: 'headline',
  title: 'headline',
  standfirst: 'standfirst',
  byline: 'byline',
  authors: 'authors',
  author: 'authors',
  outlet: 'outlet',
  agency: 'agency',
  date: 'date',
  dateline: 'dateline',
  tags: 'tags',
  slug: 'slug',
  url: 'url',
  retrieved: 'retrieved',
};

const MAX_TEXT = 2000;
const MAX_LIST = 100;
const SLUG = /^[a-z0-9]+(-[a-z0-9]+)*$/;

/**
 * Check parsed front matter against the whitelist.
 * @param data what the YAML or JSON parser returned
 * @param rawLines the front-matter lines (between the fences), to point at keys
 * @param file path for diagnostics
 */
export function fields(
  data: unknown,
  rawLines: readonly string[],
  file: string,
): { fields: FrontMatterFields; diagnostics: Diagnostic[] } {
  const out: FrontMatterFields = {};
  const diagnostics: Diagnostic[] = [];
  if (data === null || data === undefined) return { fields: out, diagnostics };
  if (typeof data !== 'object' || Array.isArray(data) || Object.getPrototypeOf(data) !== Object.prototype) {
    diagnostics.push(diagnostic('front-matter/not-a-map', { file, line: 2 }));
    return { fields: out, diagnostics };
  }
  const lineOf = (key: string): number => {
    const index = rawLines.findIndex((l) => l.startsWith(`${key}:`) || l.startsWith(`"${key}":`));
    return index === -1 ? 2 : index + 2;
  };
  for (const key of Object.keys(data).sort()) {
    const value = (data as Record<string, unknown>)[key];
    const at = { file, line: lineOf(key) };
    const target = Object.hasOwn(KEYS, key) ? KEYS[key] : undefined;
    if (target === undefined) {
      diagnostics.push(diagnostic('front-matter/unknown-key', at, key));
      continue;
    }
    const bad = (why: string) => diagnostics.push(diagnostic('front-matter/type', at, `\`${key}\` ${why}`));
    switch (target) {
      case 'headline':
      case 'slug':
      case 'url':
      case 'retrieved': {
        const text = string(value);
        if (text === null || text === '') {
          bad('must be a non-empty string');
          break;
        }
        if (target === 'slug' && (!SLUG.test(text) || text.length > 80)) {
          diagnostics.push(diagnostic('slug/invalid', at, text));
        } else if (target === 'url' && !isHttpUrl(text)) {
          bad('must be an http:// or https:// address');
        } else if (target === 'retrieved' && isoDate(text) === null) {
          diagnostics.push(diagnostic('date/invalid', at, text));
        } else {
          out[target] = target === 'retrieved' ? isoDate(text)! : text;
        }
        break;
      }
      case 'standfirst':
      case 'byline':
      case 'outlet':
      case 'dateline':
      case 'agency': {
        const text = value === null ? null : string(value);
        if (text === null && value !== null) bad('must be a string');
        else out[target] = text === '' ? null : text;
        break;
      }
      case 'date': {
        const text = value === null ? null : string(value);
        if (value === null) out.date = null;
        else if (text === null || isoDate(text) === null) diagnostics.push(diagnostic('date/invalid', at, String(text ?? value)));
        else out.date = isoDate(text);
        break;
      }
      case 'authors':
      case 'tags': {
        const list = stringList(value);
        if (list === null) bad('must be a string or a list of strings');
        else out[target] = list;
        break;
      }
    }
  }
  return { fields: out, diagnostics };
}

function string(value: unknown): string | null {
  if (typeof value === 'number' && Number.isFinite(value)) return String(value);
  if (typeof value !== 'string') return null;
  const text = value.replace(/\s+/g, ' ').trim();
  return text.length > MAX_TEXT ? text.slice(0, MAX_TEXT) : text;
}

function stringList(value: unknown): string[] | null {
  if (typeof value === 'string') {
    return value
      .split(',')
      .map((s) => s.trim())
      .filter(Boolean)
      .slice(0, MAX_LIST);
  }
  if (!Array.isArray(value)) return null;
  const items = value.map(string);
  if (items.some((s) => s === null)) return null;
  return (items as string[]).filter(Boolean).slice(0, MAX_LIST);
}

/**
 * True for absolute http(s) URLs only.
 * @param text candidate URL
 */
export function isHttpUrl(text: string): boolean {
  try {
    const url = new URL(text);
    return url.protocol === 'http:' || url.protocol === 'https:';
  } catch {
    return false;
  }
}

/**
 * Site configuration: `news-archive.config.json` in the working folder, then
 * command-line flags, then defaults that let the bundled archive build with no
 * configuration at all.
 *
 *   {
 *     "title": "Ukraine coverage, 2023",
 *     "description": "Wire copy and local reprints.",
 *     "language": "en-GB",
 *     "url": "https://example.org/archive/",
 *     "pageSize": 20
 *   }
 *
 * `url` is where the site is published: its origin makes canonical links,
 * feeds and the sitemap absolute, and its path is the base path unless
 * `--base-path` says otherwise.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { UsageError } from './diagnostics/errors.js';
import type { SiteConfig } from './types.js';

export const CONFIG_FILE = 'news-archive.config.json';

/** What flags may override. */
export interface ConfigFlags {
  title?: string | undefined;
  basePath?: string | undefined;
  siteUrl?: string | undefined;
}

const DEFAULTS = {
  title: 'News archive',
  description: 'An archive of news articles.',
  language: 'en',
  url: 'http://localhost:8080/',
  pageSize: 20,
};

const KEYS = new Set(['title', 'description', 'language', 'url', 'pageSize']);

/**
 * Load the site configuration.
 * @param cwd the working folder (where the config file is looked for)
 * @param flags command-line overrides
 * @throws UsageError naming the file and the field when the configuration is wrong
 */
export function loadConfig(cwd: string, flags: ConfigFlags): SiteConfig {
  const file = path.join(cwd, CONFIG_FILE);
  let data: Record<string, unknown> = {};
  if (existsSync(file)) {
    let parsed: unknown;
    try {
      parsed = JSON.parse(readFileSync(file, 'utf8'));
    } catch (error) {
      throw new UsageError(
        `${CONFIG_FILE} is not valid JSON (${error instanceof Error ? error.message : String(error)}). Fix the file, or delete it to use the defaults.`,
      );
    }
    if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) {
      throw new UsageError(`${CONFIG_FILE} must hold one JSON object, e.g. {"title": "My archive"}.`);
    }
    data = parsed as Record<string, unknown>;
    for (const key of Object.keys(data)) {
      if (!KEYS.has(key)) throw new UsageError(`${CONFIG_FILE}: unknown field "${key}". Known fields: ${[...KEYS].join(', ')}.`);
    }
  }
  const text = (key: string, fallback: string): string => {
    const value = data[key];
    if (value === undefined) return fallback;
    if (typeof value !== 'string' || value.trim() === '')
      throw new UsageError(`${CONFIG_FILE}: "${key}" must be a non-empty string.`);
    return value.trim();
  };
  const language = text('language', DEFAULTS.language);
  if (!/^[A-Za-z]{2,3}(-[A-Za-z0-9]{2,8})*$/.test(language))
    throw new UsageError(`${CONFIG_FILE}: "language" must be a language tag such as "en" or "en-GB".`);
  const pageSize = data['pageSize'] ?? DEFAULTS.pageSize;
  if (typeof pageSize !== 'number' || !Number.isInteger(pageSize) || pageSize < 1 || pageSize > 500) {
    throw new UsageError(`${CONFIG_FILE}: "pageSize" must be a whole number from 1 to 500.`);
  }
  const url = siteUrl(
    flags.siteUrl ?? text('url', DEFAULTS.url),
    flags.siteUrl !== undefined ? '--site-url' : `${CONFIG_FILE}: "url"`,
  );
  return {
    title: flags.title ?? text('title', DEFAULTS.title),
    description: text('description', DEFAULTS.description),
    language,
    basePath: basePath(flags.basePath ?? url.pathname),
    origin: url.origin,
    pageSize,
  };
}

function siteUrl(raw: string, where: string): URL {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw new UsageError(`${where} must be an absolute http(s) URL such as https://example.org/archive/, not "${raw}".`);
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:')
    throw new UsageError(`${where} must start with http:// or https://.`);
  return url;
}

/**
 * Normalise a base path to `/`, or `/sub/` with one slash at each end.
 * @param raw what the user typed
 */
export function basePath(raw: string): string {
  const trimmed = raw.trim().replace(/^\/+|\/+$/g, '');
  if (trimmed === '') return '/';
  if (!/^[A-Za-z0-9._~\-/]+$/.test(trimmed) || trimmed.split('/').some((s) => s === '' || s === '.' || s === '..')) {
    throw new UsageError(`--base-path "${raw}" is not a usable path; write it like /archive/ (letters, digits, - _ . ~ and /).`);
  }
  return `/${trimmed}/`;
}

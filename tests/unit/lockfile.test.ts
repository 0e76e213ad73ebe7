/**
 * The lock file installs on every system the README supports: each platform's
 * native package (Pagefind's indexer, esbuild, and any other package limited by
 * `os` or `cpu`) is recorded under its own name with its own integrity, never
 * aliased to another platform's build (which npm then skips on the system the
 * alias names, leaving no binary at all).
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { REPO } from '../helpers/cli.js';

interface LockEntry {
  name?: string;
  version?: string;
  integrity?: string;
  os?: string[];
  cpu?: string[];
  optional?: boolean;
}

const lock = JSON.parse(readFileSync(path.join(REPO, 'package-lock.json'), 'utf8')) as {
  packages: Record<string, LockEntry>;
};
const entries = Object.entries(lock.packages).filter(([key]) => key !== '');
/** The package name a lock key installs (`node_modules/a/node_modules/@s/b` → `@s/b`). */
const nameOf = (key: string) => key.slice(key.lastIndexOf('node_modules/') + 'node_modules/'.length);
const native = entries.filter(([, entry]) => entry.os !== undefined || entry.cpu !== undefined);

describe('package-lock.json', () => {
  it('records every Pagefind platform package under its own name', () => {
    const pagefind = entries.filter(([key]) => nameOf(key).startsWith('@pagefind/'));
    expect(pagefind.map(([key]) => nameOf(key)).sort()).toEqual(
      expect.arrayContaining([
        '@pagefind/darwin-arm64',
        '@pagefind/darwin-x64',
        '@pagefind/linux-arm64',
        '@pagefind/linux-x64',
        '@pagefind/windows-x64',
      ]),
    );
    for (const [key, entry] of pagefind) expect(entry.name ?? nameOf(key), key).toBe(nameOf(key));
  });

  it('aliases no native package to another one', () => {
    expect(native.length).toBeGreaterThan(10);
    const aliased = native.filter(([key, entry]) => entry.name !== undefined && entry.name !== nameOf(key));
    expect(aliased.map(([key, entry]) => `${key} -> ${entry.name}`)).toEqual([]);
  });

  it('gives each platform build of one package an integrity of its own', () => {
    // Two platforms' packages with the same bytes are one build under two names: an alias in disguise.
    const seen = new Map<string, string>();
    for (const [key, entry] of native) {
      expect(entry.integrity, `${key} has no integrity`).toBeTruthy();
      const other = seen.get(entry.integrity!);
      expect(other, `${key} has the same integrity as ${other}`).toBeUndefined();
      seen.set(entry.integrity!, key);
    }
  });
});

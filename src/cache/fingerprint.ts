/**
 * What besides the articles decides the site's bytes, as one key: the code
 * (this tool's sources and its locked dependencies), the templates, the files
 * copied as they are, and the build's settings. A change to any of them
 * changes every page's key, so nothing rendered by other code, templates or
 * settings is ever reused.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { hashKey, hashKeyOf } from './store.js';

/** The tool's own folder (where package.json is). */
const ROOT = fileURLToPath(new URL('../../', import.meta.url));

let code: string | undefined;

/** A key of the tool's code: every source file, package.json, the lock file and the Node version. */
export function codeVersion(): string {
  code ??= hashKey(
    process.version,
    folderKey(path.join(ROOT, 'src')),
    ...['package.json', 'package-lock.json'].map((f) => readOr(path.join(ROOT, f))),
  );
  return code;
}

/**
 * A key of every file under a folder: their paths and bytes.
 * @param dir the folder
 */
export function folderKey(dir: string): string {
  const parts: string[] = [];
  let entries;
  try {
    entries = readdirSync(dir, { withFileTypes: true, recursive: true });
  } catch {
    return hashKey('no folder');
  }
  for (const entry of entries) {
    if (!entry.isFile()) continue;
    const full = path.join(entry.parentPath, entry.name);
    parts.push(`${path.relative(dir, full).split(path.sep).join('/')}\0${hashKey(readFileSync(full, 'latin1'))}`);
  }
  return hashKeyOf(parts.sort());
}

function readOr(file: string): string {
  try {
    return readFileSync(file, 'utf8');
  } catch {
    return '';
  }
}

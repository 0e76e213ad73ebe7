/**
 * Run the real `news-archive` command in a folder, as a user would.
 */
import { execFile } from 'node:child_process';
import { cpSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { createHash } from 'node:crypto';
import path from 'node:path';
import { tempDir } from './temp.js';

export const REPO = path.resolve(import.meta.dirname, '..', '..');
export const BIN = path.join(REPO, 'bin', 'news-archive.js');

export interface RunResult {
  code: number;
  stdout: string;
  stderr: string;
}

/**
 * Run the CLI.
 * @param args arguments after `news-archive`
 * @param cwd the working folder
 * @param env variables to set on top of this process's environment
 */
export function run(args: string[], cwd: string, env: Record<string, string> = {}): Promise<RunResult> {
  return new Promise((resolve) => {
    execFile(
      process.execPath,
      [BIN, ...args],
      { cwd, env: { ...process.env, NO_COLOR: '1', ...env } },
      (error, stdout, stderr) => {
        const code = error ? (typeof error.code === 'number' ? error.code : 1) : 0;
        resolve({ code, stdout, stderr });
      },
    );
  });
}

/**
 * A fresh project folder holding the bundled articles plus any extra files,
 * removed when the test file ends.
 * @param extra relative path -> content
 */
export function project(extra: Record<string, string> = {}): string {
  const dir = tempDir('news-archive-it-');
  cpSync(path.join(REPO, 'articles'), path.join(dir, 'articles'), { recursive: true });
  for (const [rel, content] of Object.entries(extra)) {
    mkdirSync(path.dirname(path.join(dir, rel)), { recursive: true });
    writeFileSync(path.join(dir, rel), content);
  }
  return dir;
}

/** Every file under a folder with its SHA-256, to prove a folder did not change. */
export function treeHash(dir: string): Record<string, string> {
  const out: Record<string, string> = {};
  const walk = (d: string) => {
    for (const name of readdirSync(d).sort()) {
      const full = path.join(d, name);
      if (statSync(full).isDirectory()) walk(full);
      else out[path.relative(dir, full)] = createHash('sha256').update(readFileSync(full)).digest('hex');
    }
  };
  walk(dir);
  return out;
}

/** Read a built page by its site URL. */
export function page(site: string, url: string): string {
  return readFileSync(path.join(site, ...url.split('/').filter(Boolean), 'index.html'), 'utf8');
}

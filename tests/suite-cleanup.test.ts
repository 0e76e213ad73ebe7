/**
 * The suite cleans up after itself: test files that make temporary folders
 * (a project per CLI run, hostile inputs, a browser's site, a read test's
 * links) are run in a child vitest whose temporary folder is a new empty one,
 * and that folder must be empty again when they end.
 */
import { execFile } from 'node:child_process';
import { readdirSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { REPO } from './helpers/cli.js';
import { tempDir } from './helpers/temp.js';

/** One file of each kind that makes folders: unit, hostile inputs, the real CLI, Chromium. */
const SAMPLE = [
  'tests/unit/read.test.ts',
  'tests/hostile.test.ts',
  'tests/integration/safety.test.ts',
  'tests/browser/xss.test.ts',
];

describe('npm test', () => {
  it('leaves nothing in the temporary folder', { timeout: 180_000 }, async () => {
    const tmp = tempDir('na-suite-');
    const vitest = path.join(REPO, 'node_modules', 'vitest', 'vitest.mjs');
    const result = await new Promise<{ code: number; output: string }>((resolve) => {
      execFile(
        process.execPath,
        [vitest, 'run', '--reporter=dot', ...SAMPLE],
        // Child runs report to the terminal only: the JSON report is the outer run's.
        { cwd: REPO, env: { ...process.env, TMPDIR: tmp, TMP: tmp, TEMP: tmp, CI: 'true' }, maxBuffer: 16 * 1024 * 1024 },
        (error, stdout, stderr) => resolve({ code: error ? Number(error.code ?? 1) : 0, output: stdout + stderr }),
      );
    });
    expect(result.code, result.output.slice(-3000)).toBe(0);
    // tsx-<uid> is tsx's compile cache, which every run of the CLI shares and reuses (a user's
    // `npm run build` makes it too): a cache, not a test's leftovers.
    expect(readdirSync(tmp).filter((name) => !/^tsx-\d+$/.test(name))).toEqual([]);
  });
});

/**
 * Temporary folders for tests, removed when their test file ends, whether its
 * tests passed or failed (tests/helpers/cleanup.ts, a setup file, removes them
 * in an afterAll). Every test makes its folders here, never with mkdtemp by hand.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

const made = new Set<string>();

/**
 * A new empty folder in the system's temporary folder.
 * @param prefix the start of its name, e.g. `na-read-`
 */
export function tempDir(prefix: string): string {
  const dir = mkdtempSync(path.join(os.tmpdir(), prefix));
  made.add(dir);
  return dir;
}

/** Remove every folder tempDir made so far (in this test file). */
export function removeTempDirs(): void {
  for (const dir of made) {
    rmSync(dir, { recursive: true, force: true, maxRetries: 3 });
    made.delete(dir);
  }
}

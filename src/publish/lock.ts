/**
 * One build at a time per output folder: a lock file beside it holds the
 * builder's process id. A lock left by a build that no longer runs (a crash,
 * a power cut) is taken over.
 */
import { openSync, readFileSync, rmSync, writeSync, closeSync } from 'node:fs';
import path from 'node:path';
import { UsageError } from '../diagnostics/errors.js';

/**
 * Take the lock for an output folder.
 * @param output the output folder (absolute)
 * @returns a function that releases the lock
 * @throws UsageError when another running build holds it
 */
export function acquireLock(output: string): () => void {
  const file = path.join(path.dirname(output), `.${path.basename(output)}.lock`);
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      const fd = openSync(file, 'wx');
      writeSync(fd, `${process.pid}\n`);
      closeSync(fd);
      return () => rmSync(file, { force: true });
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      const holder = Number.parseInt(readFileSync(file, 'utf8'), 10);
      if (Number.isInteger(holder) && holder !== process.pid && alive(holder)) {
        throw new UsageError(
          `Another build (process ${holder}) is writing to ${output}; nothing was written. Wait for it to finish, or if no build is running, delete ${file}.`,
        );
      }
      rmSync(file, { force: true }); // stale: its builder is gone
    }
  }
  throw new UsageError(`Could not lock ${output}; delete ${file} and build again.`);
}

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

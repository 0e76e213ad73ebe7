/**
 * Checks on the output folder, made before anything is written: the build
 * replaces the whole folder, so it must never be one that holds anything else.
 */
import { existsSync, readdirSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { UsageError } from '../diagnostics/errors.js';

/** A file the build leaves in every output folder, so the next build knows the folder is its own. */
export const MARKER = '.news-archive';

/**
 * Refuse output folders that a build must never replace.
 * @param output the output folder (absolute)
 * @param inputs the input folders or files (absolute)
 * @param cwd the working folder
 */
export function checkOutputFolder(output: string, inputs: readonly string[], cwd: string): void {
  const refuse = (why: string) => {
    throw new UsageError(
      `The output folder ${output} ${why}; nothing was written. Choose another folder with --output, e.g. --output _site.`,
    );
  };
  const inside = (child: string, parent: string) =>
    child === parent || child.startsWith(parent.endsWith(path.sep) ? parent : parent + path.sep);
  if (output === path.parse(output).root) refuse('is the root of the file system');
  if (inside(cwd, output)) refuse('is the working folder or one of its parents');
  if (inside(os.homedir(), output)) refuse('is your home folder or one of its parents');
  for (const input of inputs) {
    if (inside(input, output)) refuse(`holds the input ${input}`);
    if (inside(output, input)) refuse(`is inside the input folder ${input}`);
  }
  if (existsSync(output) && !existsSync(path.join(output, MARKER)) && readdirSync(output).length > 0) {
    refuse('already exists, is not empty, and was not made by news-archive');
  }
}

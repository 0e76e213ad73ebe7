/**
 * Staging and swapping: the site is rendered into a temporary sibling of the
 * output folder and moved into place only when it is complete, so readers and
 * deploy scripts never see half a site, and a failed build leaves the previous
 * one untouched.
 */
import { chmod, mkdtemp, rename, rm, writeFile } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { MARKER } from './output-folder.js';

/**
 * Make an empty staging folder next to the output folder (same file system, so the swap is a rename).
 * @param output the output folder (absolute)
 */
export async function createStaging(output: string): Promise<string> {
  const staging = await mkdtemp(path.join(path.dirname(output), `.${path.basename(output)}.staging-`));
  // mkdtemp makes the folder private (0700); a published site must be readable by a web server.
  await chmod(staging, 0o755);
  return staging;
}

/**
 * Replace the output folder with the staging folder.
 * @param staging the complete new site
 * @param output the output folder (absolute)
 */
export async function swapIn(staging: string, output: string): Promise<void> {
  await writeFile(path.join(staging, MARKER), 'This folder was written by news-archive and is replaced by each build.\n');
  if (!existsSync(output)) {
    await rename(staging, output);
    return;
  }
  const old = `${staging}.old`;
  await rename(output, old);
  try {
    await rename(staging, output);
  } catch (error) {
    await rename(old, output);
    throw error;
  }
  await rm(old, { recursive: true, force: true });
}

/**
 * Remove a staging folder after a failure.
 * @param staging the folder to remove
 */
export async function discardStaging(staging: string): Promise<void> {
  await rm(staging, { recursive: true, force: true });
}

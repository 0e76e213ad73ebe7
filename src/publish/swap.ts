/**
 * Staging and swapping: the site is rendered into a sibling of the output
 * folder and moved into place only when it is complete, so readers and
 * deploy scripts never see half a site, and a failed or interrupted build
 * leaves the previous one untouched.
 *
 * The staging folder is either new and empty, or the spare: the site of the
 * build before the published one, kept beside it (`.<output>.spare`) so that
 * the next build only has to write the files that differ. After the swap the
 * site that was published becomes the spare, when the build knows what it
 * holds; otherwise it is removed.
 */
import { chmodSync, existsSync, mkdtempSync, readdirSync, renameSync, rmSync } from 'node:fs';
import { rename, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { MARKER } from './output-folder.js';

/** A build's claim on the output folder: its staging folder, and how far the swap got. */
export class Staging {
  /** Where the new site is rendered. */
  readonly dir: string;
  private readonly output: string;
  private readonly old: string;
  private state: 'staging' | 'moved-old' | 'done' = 'staging';

  private constructor(
    dir: string,
    output: string,
    /** Whether the folder was made empty for this build (else it holds an earlier build's site). */
    readonly fresh: boolean,
  ) {
    this.dir = dir;
    this.output = output;
    this.old = `${dir}.old`;
  }

  /**
   * Make an empty staging folder next to the output folder (same file system, so the swap is a rename).
   * @param output the output folder (absolute)
   */
  static create(output: string): Staging {
    // A spare that cannot be used is removed, if it is ours: a folder of that name without our marker is left alone.
    const spare = spareFolder(output);
    if (existsSync(path.join(spare, MARKER))) rmSync(spare, { recursive: true, force: true });
    removeLeftovers(output);
    // Synchronous, so that an interrupt can never fall between making the folder and knowing it.
    const dir = mkdtempSync(path.join(path.dirname(output), `.${path.basename(output)}.staging-`));
    // mkdtemp makes the folder private (0700); a published site must be readable by a web server.
    chmodSync(dir, 0o755);
    return new Staging(dir, output, true);
  }

  /**
   * Stage in the spare folder, which holds an earlier build of the site.
   * @param output the output folder (absolute)
   */
  static reuse(output: string): Staging {
    removeLeftovers(output);
    return new Staging(spareFolder(output), output, false);
  }

  /**
   * Replace the output folder with the staging folder: two renames, undone if the second fails.
   * @param marker the text of the marker file that names the build
   * @param keepOld keep the site that was published as the spare (else it is removed)
   */
  async swapIn(marker: string, keepOld: boolean): Promise<void> {
    await writeFile(path.join(this.dir, MARKER), marker);
    if (existsSync(this.output)) {
      await rename(this.output, this.old);
      this.state = 'moved-old';
    }
    try {
      await rename(this.dir, this.output);
    } catch (error) {
      if (this.state === 'moved-old') await rename(this.old, this.output);
      this.state = 'staging';
      throw error;
    }
    this.state = 'done';
    if (keepOld && existsSync(this.old) && !existsSync(spareFolder(this.output)))
      await rename(this.old, spareFolder(this.output));
    else await rm(this.old, { recursive: true, force: true });
  }

  /**
   * Undo whatever is not finished, synchronously (it runs from signal handlers too):
   * put the previous site back if it was moved aside, and remove the staging folder.
   */
  abortSync(): void {
    if (this.state === 'moved-old' && !existsSync(this.output) && existsSync(this.old)) renameSync(this.old, this.output);
    if (this.state !== 'done') rmSync(this.dir, { recursive: true, force: true });
    rmSync(this.old, { recursive: true, force: true });
  }
}

/**
 * Remove the staging folders of builds that were killed before they could clean up (out of memory, a power cut):
 * a build holds the output folder's lock, so no other build is writing to them. Only names a build makes
 * (`.<output>.staging-` and mkdtemp's six characters, perhaps `.old`) are taken.
 * @param output the output folder (absolute)
 */
export function removeLeftovers(output: string): void {
  const prefix = `.${path.basename(output)}.staging-`;
  const made = (name: string) => name.startsWith(prefix) && /^[A-Za-z0-9]{6}(\.old)?$/.test(name.slice(prefix.length));
  for (const entry of readdirSync(path.dirname(output), { withFileTypes: true })) {
    // With no site in place, a `.old` is the published site a build moved aside and never replaced: it stays.
    if (entry.name.endsWith('.old') && !existsSync(output)) continue;
    if (entry.isDirectory() && made(entry.name))
      rmSync(path.join(path.dirname(output), entry.name), { recursive: true, force: true });
  }
}

/**
 * Where the spare copy of a site is kept: a hidden sibling of the output folder.
 * @param output the output folder (absolute)
 */
export function spareFolder(output: string): string {
  return path.join(path.dirname(output), `.${path.basename(output)}.spare`);
}

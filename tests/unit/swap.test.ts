import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { tempDir } from '../helpers/temp.js';
import { MARKER } from '../../src/publish/output-folder.js';
import { Staging } from '../../src/publish/swap.js';

describe('staging folders', () => {
  it('removes the staging folders of killed builds, and no other folder', async () => {
    const parent = tempDir('na-swap-');
    const output = path.join(parent, '_site');
    const at = (name: string) => path.join(parent, name);
    // Left by a build killed while rendering, and by one killed between its two renames.
    for (const name of ['._site.staging-Ab12Cd', '._site.staging-Xy34Zw.old']) {
      mkdirSync(at(name));
      writeFileSync(path.join(at(name), 'index.html'), 'half a site');
    }
    // Not of a build's making: another output's, a name the build never gives, and a file.
    mkdirSync(at('._docs.staging-Ab12Cd'));
    mkdirSync(at('._site.staging-notes'));
    writeFileSync(at('._site.staging-Qr56St'), 'a file');
    // The published site is in place.
    mkdirSync(output);
    const staging = Staging.create(output);
    expect(existsSync(at('._site.staging-Ab12Cd'))).toBe(false);
    expect(existsSync(at('._site.staging-Xy34Zw.old'))).toBe(false);
    expect(existsSync(at('._docs.staging-Ab12Cd'))).toBe(true);
    expect(existsSync(at('._site.staging-notes'))).toBe(true);
    expect(existsSync(at('._site.staging-Qr56St'))).toBe(true);
    // A staging folder made after the sweep is the build's own, and empty: nothing in it is in a file's way.
    expect(existsSync(staging.dir)).toBe(true);
    expect(staging.fresh).toBe(true);
    expect(readdirSync(staging.dir)).toEqual([]);
    await staging.swapIn('marker', false);
    expect(readFileSync(path.join(output, MARKER), 'utf8')).toBe('marker');
  });

  it('leaves alone a published site that a killed build had moved aside, when no site is in its place', () => {
    const parent = tempDir('na-swap-');
    const output = path.join(parent, '_site');
    // Killed between its two renames: the published site is aside, the new one still staged.
    const aside = path.join(parent, '._site.staging-Ab12Cd.old');
    mkdirSync(aside);
    writeFileSync(path.join(aside, MARKER), 'published');
    writeFileSync(path.join(aside, 'index.html'), 'the published site');
    mkdirSync(path.join(parent, '._site.staging-Ab12Cd'));
    Staging.create(output);
    expect(readFileSync(path.join(aside, 'index.html'), 'utf8')).toBe('the published site');
    expect(existsSync(path.join(parent, '._site.staging-Ab12Cd'))).toBe(false);
  });
});

import { chmodSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkSearchIndexer } from '../../src/search/indexer.js';
import { tempDir } from '../helpers/temp.js';

describe('checkSearchIndexer', () => {
  it('finds the indexer npm installed for this system', () => {
    expect(() => checkSearchIndexer({})).not.toThrow();
  });

  it('names the missing package and the fix on a system Pagefind has no package for', () => {
    expect(() => checkSearchIndexer({}, 'aix', 'ppc64')).toThrow(
      /not installed for this system \(aix-ppc64\): the package @pagefind\/aix-ppc64 is missing\. Run `npm ci` again/,
    );
  });

  it.skipIf(process.platform === 'win32')('looks for the Windows program by its Windows name and package', () => {
    // This machine has no @pagefind/windows-x64 installed (npm skips other systems' packages).
    expect(() => checkSearchIndexer({}, 'win32', 'x64')).toThrow(/@pagefind\/windows-x64 is missing/);
  });

  it('uses PAGEFIND_BINARY_PATH when it is set, and says so when it points nowhere', () => {
    const dir = tempDir('na-indexer-');
    const program = path.join(dir, 'pagefind');
    writeFileSync(program, '#!/bin/sh\n');
    chmodSync(program, 0o755);
    expect(() => checkSearchIndexer({ PAGEFIND_BINARY_PATH: program }, 'aix', 'ppc64')).not.toThrow();
    expect(() => checkSearchIndexer({ PAGEFIND_BINARY_PATH: path.join(dir, 'missing') })).toThrow(
      /PAGEFIND_BINARY_PATH is set to .*missing, which does not exist/,
    );
  });
});

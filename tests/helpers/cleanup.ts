/**
 * Setup file (vitest.config.ts): each test file's temporary folders go when the
 * file ends, also when its tests fail.
 */
import { afterAll } from 'vitest';
import { removeTempDirs } from './temp.js';

afterAll(removeTempDirs);

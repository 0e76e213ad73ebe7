import { describe, expect, it } from 'vitest';
import { rfc3339 } from '../../src/render/files.js';

describe('feed dates', () => {
  it.each([
    ['2023-04-18', '2023-04-18T00:00:00Z'],
    ['2023-04-18T09:30', '2023-04-18T09:30:00Z'],
    ['2023-04-18T09:30+01:00', '2023-04-18T09:30:00+01:00'],
    ['2023-04-18T09:30:15+0100', '2023-04-18T09:30:15+01:00'],
    ['2023-04-18T09:30:15.5Z', '2023-04-18T09:30:15.5Z'],
  ])('%j -> %j (RFC 3339)', (date, expected) => expect(rfc3339(date)).toBe(expected));
});

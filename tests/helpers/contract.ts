/**
 * The record contract of DESIGN.md, spelled out once for the tests: the keys
 * `parse --json` prints, in order.
 */
export const RECORD_KEYS = [
  'file',
  'ok',
  'headline',
  'standfirst',
  'byline',
  'authors',
  'outlet',
  'agency',
  'date',
  'dateline',
  'tags',
  'body',
  'diagnostics',
];

/**
 * Word lists more than one rule reads. Each is a list of regular-expression
 * fragments, an entry a line, joined into the expressions that use them.
 */

/** The words that end a company's name (`NYP Holdings`, `Hot Rod Media`, `Acme Ltd`). */
export const COMPANY_SUFFIXES: readonly string[] = [
  'Holdings?',
  'Inc',
  'LLC',
  'Ltd',
  'Limited',
  'Group',
  'Media',
  'Corp',
  'Corporation',
  'Company',
  'Co',
  'plc',
  'GmbH',
  'Publishing',
  'Publications',
  'Enterprises',
  'Networks?',
  'Communications',
];

/**
 * Optional front matter, read with gray-matter and *only* as data.
 *
 * gray-matter evaluates `---js` / `---javascript` blocks with `eval`, whatever
 * `language` says, unless those engines are replaced; we replace them with
 * functions that throw, and refuse any fence language but YAML and JSON before
 * gray-matter sees the text. YAML is parsed by `yaml` with the core schema (no
 * timestamps, no custom tags) and no aliases.
 *
 *   ---                      ---js               ---
 *   headline: Hello          { headline: 1 }     headline: Breaking: news
 *   ---                      ---                 ---
 *   (read)                   (error, line 1)     (error: quote the value)
 */
import matter from 'gray-matter';
import { parseDocument } from 'yaml';
import { diagnostic } from '../diagnostics/catalogue.js';
import type { Diagnostic } from '../types.js';
import { fields, type FrontMatterFields } from './front-matter-fields.js';

export interface FrontMatter {
  /** Validated fields; absent keys were not set. */
  fields: FrontMatterFields;
  /** The text after the front matter. */
  body: string;
  /** How many lines the front matter took (0 when there is none). */
  bodyLineOffset: number;
  diagnostics: Diagnostic[];
  /** True when an error means the file cannot be used. */
  failed: boolean;
}

const OPEN = /^---[ \t]*([^\n]*?)[ \t]*(?:\n|$)/;
const refuse = (): never => {
  throw new Error('code in front matter is never run');
};

/**
 * Split and validate front matter.
 * @param text the whole file, newlines already normalised
 * @param file path for diagnostics
 */
export function readFrontMatter(text: string, file: string): FrontMatter {
  const none: FrontMatter = { fields: {}, body: text, bodyLineOffset: 0, diagnostics: [], failed: false };
  const open = OPEN.exec(text);
  if (!open || text.startsWith('----')) return none;
  const at = { file, line: 1 };
  const language = (open[1] ?? '').toLowerCase();
  if (language !== '' && language !== 'yaml' && language !== 'yml' && language !== 'json') {
    return { ...none, diagnostics: [diagnostic('front-matter/language', at, open[1])], failed: true };
  }
  const lines = text.split('\n');
  const close = lines.findIndex((l, i) => i > 0 && /^---[ \t]*$/.test(l));
  if (close === -1) {
    return { ...none, diagnostics: [diagnostic('front-matter/unclosed', at)], failed: true };
  }
  const diagnostics: Diagnostic[] = [];
  const depth = nestingDepth(lines.slice(1, close));
  if (depth > MAX_DEPTH) {
    return { ...none, diagnostics: [diagnostic('front-matter/too-deep', { file, line: 2 }, String(depth))], failed: true };
  }
  const yamlEngine = (source: string): object => parseYaml(source, file, diagnostics);
  let data: unknown;
  try {
    const parsed = matter(text, {
      language: 'yaml',
      engines: {
        yaml: yamlEngine,
        yml: yamlEngine,
        json: (s: string): object => JSON.parse(s) as object,
        js: refuse,
        javascript: refuse,
      },
    } as unknown as Parameters<typeof matter>[1]);
    data = parsed.data;
  } catch (error) {
    if (diagnostics.length === 0) {
      diagnostics.push(diagnostic('front-matter/yaml', at, error instanceof Error ? error.message : String(error)));
    }
    return { ...none, diagnostics, failed: true };
  }
  const body = lines.slice(close + 1).join('\n');
  const checked = fields(data, lines.slice(1, close), file);
  diagnostics.push(...checked.diagnostics);
  return {
    fields: checked.fields,
    body,
    bodyLineOffset: close + 1,
    diagnostics,
    failed: diagnostics.some((d) => d.severity === 'error'),
  };
}

/** Front matter holds flat fields and short lists: anything nested deeper is refused before parsing. */
const MAX_DEPTH = 8;

/** The deepest nesting of brackets or indentation in the front-matter lines. */
function nestingDepth(lines: readonly string[]): number {
  let deepest = 0;
  for (const line of lines) {
    let depth = 0;
    for (const ch of line) {
      if (ch === '[' || ch === '{') deepest = Math.max(deepest, ++depth);
      else if (ch === ']' || ch === '}') depth--;
    }
    const indent = /^ */.exec(line)![0].length;
    deepest = Math.max(deepest, Math.ceil(indent / 2));
  }
  return deepest;
}

/** YAML with the core schema, no aliases, unresolved tags treated as errors. */
function parseYaml(source: string, file: string, diagnostics: Diagnostic[]): object {
  const doc = parseDocument(source, { schema: 'core', prettyErrors: true, uniqueKeys: true });
  const problems = [...doc.errors, ...doc.warnings];
  if (problems.length > 0) {
    for (const problem of problems) {
      const pos = problem.linePos?.[0];
      const message = problem.message.split('\n')[0]!.replace(/ at line \d+, column \d+:?$/, '');
      // gray-matter hands over the text from the end of the opening fence, so
      // line 1 of the YAML is the fence's own line: YAML lines are file lines.
      diagnostics.push(diagnostic('front-matter/yaml', { file, line: pos?.line ?? 1, column: pos?.col ?? 1 }, message));
    }
    throw new Error('invalid YAML');
  }
  let value: unknown;
  try {
    value = doc.toJS({ maxAliasCount: 0 });
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    diagnostics.push(
      diagnostic(
        'front-matter/yaml',
        { file, line: 2 },
        /alias/i.test(message) ? 'aliases (&name, *name) are not allowed' : message,
      ),
    );
    throw error;
  }
  return (value ?? {}) as object;
}

/**
 * Code: lines of a program in a technical article, kept together as one block,
 * line by line, with their indentation.
 *
 *   With a for loop it takes more lines:
 *   result = []                  <- code
 *   for i in [1, 2, 3]:          <- code
 *       result.append(i + 1)     <- code
 *
 * A line is code by its shape (calls, assignments, brackets, a block's colon, a
 * keyword in lower case), never by its words alone; lines set in under a code
 * line go with it.
 */
import type { Unit } from '../lines.js';
import type { Rule } from '../state.js';
import { peek } from '../state.js';
import { endsSentence, isProse } from '../shape.js';

/** Keywords that open a line of code (in lower case, as no sentence starts). */
const CODE_START = /^(?:def|class|return|import|from|elif|else|try|except|const|let|var|function)\b\s*\S/;
/** Characters without which a line is code only by its keyword. */
const CODE_MARKS = /[(){}[\]=;:]/;
/** Words that open code and sentences alike (`for`, `if`, `npm`): code only with a sign of it. */
const WEAK_START = /^(?:for|while|if|print|echo|sudo|npm|pip|git)\b/;

/**
 * A line of code: `result.append(i + 1)`, `def even(number):`, `x = [1, 2, 3]`.
 * @param text one line
 */
export function isCode(text: string): boolean {
  // Most lines hold none of code's punctuation: then only a keyword (`return x`, `import os`) makes code.
  if (!CODE_MARKS.test(text)) return CODE_START.test(text) && !isProse(text);
  if ((endsSentence(text) && !/\)\.?$/.test(text)) || /https?:\/\//.test(text)) return false;
  // Prose, or two sentences (`pip-tools is one way. You can store ...:`), is no code.
  if ((isProse(text) || /\p{Ll}[.!?]\s+\p{Lu}/u.test(text)) && !/[=;{}]/.test(text)) return false;
  const features = [
    /\b[a-z_][\w.]*\(/.test(text), // a call: `append(`
    /[\w\])]\s*[-+*/]?=\s*[^=\s]/.test(text), // an assignment: `x = 1`, `n += 2`
    /[[\]{}]/.test(text), // brackets or braces
    /^\p{Ll}.*:$/u.test(text), // a block opener: `for i in range(3):`
    /;$/.test(text),
  ].filter(Boolean).length;
  if (features >= 2 || CODE_START.test(text) || /^[a-z_][\w.]*\(.*\)$/.test(text)) return true;
  return WEAK_START.test(text) && features >= 1;
}

export const code: Rule = {
  name: 'code',
  examples: [
    { text: 'result = []\nfor i in [1, 2, 3]:\n    result.append(i + 1)', gives: 'one code block of three lines' },
    { text: 'The council (which met on Monday) agreed.', gives: 'not code' },
  ],
  apply(state) {
    if (state.phase === 'start' || (state.page && state.i < state.bodyFrom)) return 0;
    const first = peek(state)!;
    if (!isCode(first.text)) return 0;
    const lines = [first];
    for (let unit = peek(state, 1); unit && inBlock(unit, first.indent); unit = peek(state, lines.length)) lines.push(unit);
    state.phase = 'body';
    state.body.push({
      type: 'code',
      text: lines.map((u) => ' '.repeat(Math.max(0, u.indent - first.indent)) + u.text).join('\n'),
    });
    return lines.length;
  },
};

/** A line that continues a code block: code itself, or set in under it and not prose. */
function inBlock(unit: Unit, base: number): boolean {
  if (unit.bullet) return false;
  return isCode(unit.text) || (unit.indent > base && !isProse(unit.text));
}

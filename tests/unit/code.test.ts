import { describe, expect, it } from 'vitest';
import { isCode } from '../../src/parse/rules/code.js';
import { bodyHtml } from '../../src/render/body-html.js';

describe('lines of code', () => {
  it.each([
    'result = []',
    'for i in [1, 2, 3]:',
    'result.append(i + 1)',
    'def even(number):',
    'return number % 2 == 0',
    'from collections import namedtuple',
    'const total = items.reduce((a, b) => a + b, 0);',
    "setup(name='exampleapp',",
  ])('%j is code', (text) => expect(isCode(text)).toBe(true));

  it.each([
    'The council (which met on Monday) agreed to the plan.',
    'npm has joined GitHub',
    'for the first time in ten years, the river froze',
    'pip-tools is one easy way to do this. You can store the dependencies in a file:',
    'Sealegend Dryer Vent Cleaner Kit [https://www.example.com/kit?id=1]',
    'Scores: Leeds 2, York 1',
    'If you go [and you should], take a coat.',
  ])('%j is not code', (text) => expect(isCode(text)).toBe(false));

  it('renders a code block as preformatted text, never as markup', () => {
    expect(bodyHtml([{ type: 'code', text: 'if x < 1:\n    print("<b>")' }], null)).toBe(
      '<pre><code>if x &#x3C; 1:\n    print("&#x3C;b>")\n</code></pre>',
    );
  });
});

import { describe, expect, it } from 'vitest';
import { alignParagraphs, normalise } from '../../src/compare/align.js';
import { wordDiff } from '../../src/compare/diff.js';

const REF = [
  'The river burst its banks on Monday night, flooding forty homes in the lower town.',
  'Firefighters used boats to reach families trapped on upper floors, the county fire service said.',
  'The mayor said the council would open the sports hall as a shelter for anyone who had lost their home.',
  'Forecasters expect more rain on Wednesday, and the Environment Agency has issued a flood warning.',
  'Residents were told to move valuables upstairs and to keep away from the river path.',
];

/** Each row as kind:reference:copy, e.g. `edited:1:1` or `cut:3:`. */
function shape(reference: string[], copy: string[]): string[] {
  return alignParagraphs(reference, copy).rows.map(
    (r) => `${r.kind}${r.moved ? '(moved)' : ''}:${r.reference.join('+')}:${r.copy.join('+')}`,
  );
}

describe('alignParagraphs', () => {
  it('keeps a paragraph that differs only in quotes, dashes and white space', () => {
    const ref = ['He said: “We’re ready” – and left.'];
    expect(shape(ref, ['He said:  "We\'re ready" - and left.'])).toEqual(['kept:0:0']);
    expect(normalise('“a” – ‘b’')).toBe('"a" - \'b\'');
  });

  it('reads a rewrite: kept, edited, cut and added paragraphs, in reading order', () => {
    const copy = [
      REF[0]!,
      'Firefighters used inflatable boats to reach families trapped on upper floors, the fire service said on Tuesday.',
      'Volunteers from the rowing club helped carry elderly residents to safety.',
      REF[3]!,
    ];
    expect(shape(REF, copy)).toEqual(['kept:0:0', 'edited:1:1', 'added::2', 'cut:2:', 'kept:3:3', 'cut:4:']);
    const { counts, words } = alignParagraphs(REF, copy);
    expect(counts).toEqual({ kept: 2, edited: 1, cut: 2, added: 1, moved: 0 });
    expect(words.fromReference).toBeLessThan(words.total);
    expect(words.fromReference).toBeGreaterThan(words.total / 2);
  });

  it('takes one paragraph printed as two for one edited row (a split)', () => {
    const copy = [
      REF[0]!,
      'Firefighters used boats to reach families trapped on upper floors.',
      'The county fire service said so.',
      ...REF.slice(2),
    ];
    expect(shape(REF, copy)).toEqual(['kept:0:0', 'edited:1:1+2', 'kept:2:3', 'kept:3:4', 'kept:4:5']);
  });

  it('takes two paragraphs printed as one for one edited row (a merge)', () => {
    const copy = [REF[0]!, `${REF[1]!} ${REF[2]!}`, REF[3]!, REF[4]!];
    expect(shape(REF, copy)).toEqual(['kept:0:0', 'edited:1+2:1', 'kept:3:2', 'kept:4:3']);
  });

  it('marks a paragraph that moved, and leaves the rest in order', () => {
    const copy = [REF[0]!, REF[3]!, REF[1]!, REF[2]!, REF[4]!];
    expect(shape(REF, copy)).toEqual(['kept:0:0', 'kept(moved):3:1', 'kept:1:2', 'kept:2:3', 'kept:4:4']);
    expect(alignParagraphs(REF, copy).counts.moved).toBe(1);
  });

  it('puts cut paragraphs where they stood in the reference', () => {
    expect(shape(REF, [REF[1]!, REF[4]!])).toEqual(['cut:0:', 'kept:1:0', 'cut:2:', 'cut:3:', 'kept:4:1']);
  });

  it('does not pair paragraphs that only share the topic and a few small words', () => {
    const copy = ['The river in the lower town is popular with anglers on summer evenings.'];
    expect(shape(REF, copy)).toEqual(['added::0', 'cut:0:', 'cut:1:', 'cut:2:', 'cut:3:', 'cut:4:']);
  });

  it('aligns an identical copy as kept throughout, and an empty one as cut', () => {
    expect(shape(REF, REF).every((r) => r.startsWith('kept'))).toBe(true);
    expect(shape(REF, [])).toEqual(['cut:0:', 'cut:1:', 'cut:2:', 'cut:3:', 'cut:4:']);
    expect(shape([], ['A new paragraph.'])).toEqual(['added::0']);
  });
});

describe('wordDiff', () => {
  it('shows deleted and inserted words, and no change where only the punctuation was retyped', () => {
    expect(wordDiff('Putin’s visit came – as Ukraine prepares.', "Putin's visit came - as Ukraine is preparing.")).toEqual([
      { op: 'same', text: "Putin's visit came - as Ukraine " },
      { op: 'del', text: 'prepares' },
      { op: 'ins', text: 'is preparing' },
      { op: 'same', text: '.' },
    ]);
  });
});

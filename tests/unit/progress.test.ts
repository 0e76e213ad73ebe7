import { Writable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { StageProgress } from '../../src/commands/progress.js';

/** A stream that keeps what is written to it, a terminal or not. */
function sink(tty: boolean): { stream: NodeJS.WriteStream; text: () => string } {
  let text = '';
  const stream = new Writable({
    write(chunk: Buffer, _encoding, done) {
      text += chunk.toString();
      done();
    },
  }) as unknown as NodeJS.WriteStream & Record<string, unknown>;
  Object.assign(stream, {
    isTTY: tty,
    columns: 100,
    cursorTo: (x: number) => ((text += `<col ${x}>`), true),
    clearLine: () => true,
    clearScreenDown: () => true,
    moveCursor: () => true,
  });
  return { stream, text: () => text };
}

describe('stage progress', () => {
  it('draws a bar with counts and time left on a terminal, then the stage line', () => {
    const { stream, text } = sink(true);
    const progress = new StageProgress(stream);
    progress.update('parse', 1, 200);
    progress.update('parse', 150, 200);
    progress.line('parse     200 articles (12 ms)\n');
    expect(text()).toMatch(/parse {5}\[[=-]+\] 1\/200/);
    expect(text()).toContain('left');
    expect(text().endsWith('parse     200 articles (12 ms)\n')).toBe(true);
  });

  it('writes only the stage lines where the output is not a terminal (CI, logs)', () => {
    const { stream, text } = sink(false);
    const progress = new StageProgress(stream);
    progress.update('parse', 1, 200);
    progress.line('parse     200 articles (12 ms)\n');
    expect(text()).toBe('parse     200 articles (12 ms)\n');
  });
});

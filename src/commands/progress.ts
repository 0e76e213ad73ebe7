/**
 * Progress on a terminal: while a long stage runs, a bar with its counts and
 * an estimate of the time left (cli-progress), replaced by the stage's line
 * when it ends. Where stderr is not a terminal (CI, a log file, a pipe) there
 * is no bar, only the one line per stage.
 */
import { SingleBar } from 'cli-progress';

/** Stage progress for a stream: `update` while a stage runs, `line` when it ends. */
export class StageProgress {
  private bar: SingleBar | null = null;
  private stage = '';

  /**
   * @param stream where the bar and lines go
   * @param bars whether to draw bars (a terminal)
   */
  constructor(
    private readonly stream: NodeJS.WriteStream,
    private readonly bars: boolean = stream.isTTY === true,
  ) {}

  /**
   * A stage has done `done` of `total`.
   * @param stage its name
   * @param done how many done
   * @param total how many in all
   */
  update(stage: string, done: number, total: number): void {
    if (!this.bars) return;
    if (this.stage !== stage || !this.bar) {
      this.bar?.stop();
      this.stage = stage;
      this.bar = new SingleBar({
        stream: this.stream,
        format: `${stage.padEnd(9)} [{bar}] {value}/{total} · {eta_formatted} left`,
        barsize: 30,
        clearOnComplete: true,
        hideCursor: true,
        etaBuffer: 50,
        fps: 10,
      });
      this.bar.start(Math.max(total, done), done);
    } else {
      this.bar.setTotal(Math.max(total, done));
      this.bar.update(done);
    }
  }

  /**
   * A stage ended: its bar goes, its line is written.
   * @param text the stage's line
   */
  line(text: string): void {
    this.bar?.stop();
    this.bar = null;
    this.stage = '';
    this.stream.write(text);
  }
}

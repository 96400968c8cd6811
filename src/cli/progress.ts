/** What the progress display shows. */
export interface ProgressCounts {
  notesDone: number;
  notesFailed: number;
  /** Known total of notes, when there is one. */
  total?: number;
  tokens: number;
}

/**
 * Progress on stderr: one redrawn line on a terminal (at most 5 times a second),
 * a plain line every `everyMs` otherwise (logs of a night's run), nothing when quiet.
 */
export class Progress {
  private readonly started = Date.now();
  private last = 0;
  private drawn = false;

  constructor(
    private readonly stream: NodeJS.WriteStream,
    private readonly options: { quiet: boolean; everyMs: number },
  ) {}

  private line(c: ProgressCounts): string {
    const seconds = (Date.now() - this.started) / 1000;
    const rate = c.notesDone / Math.max(seconds, 1e-3);
    const eta = c.total && rate > 0 ? `, ETA ${Math.max(0, (c.total - c.notesDone) / rate).toFixed(0)} s` : '';
    const of = c.total ? `/${c.total}` : '';
    return `kozoka extract: ${c.notesDone}${of} notes, ${rate.toFixed(1)} notes/s${eta}, ${c.notesFailed} failed${c.tokens ? `, ${c.tokens} tokens` : ''}`;
  }

  /** Call after every note; draws when it is time. */
  tick(c: ProgressCounts): void {
    if (this.options.quiet) return;
    const now = Date.now();
    const tty = this.stream.isTTY === true;
    if (now - this.last < (tty ? 200 : this.options.everyMs)) return;
    this.last = now;
    if (tty) {
      this.stream.write(`\r${this.line(c)}\x1b[K`);
      this.drawn = true;
    } else {
      this.stream.write(this.line(c) + '\n');
    }
  }

  /** Clears the terminal line before the final summary. */
  done(): void {
    if (this.drawn) this.stream.write('\r\x1b[K');
  }
}

import { cpus, totalmem, platform, release } from 'node:os';

/** One line describing the machine and run date, for bench/RESULTS.md. */
export function machineLine(): string {
  const cpu = cpus()[0]?.model.trim() ?? 'unknown CPU';
  const gib = (totalmem() / 2 ** 30).toFixed(0);
  return `${new Date().toISOString().slice(0, 10)}, ${cpu}, ${cpus().length} cores, ${gib} GiB, ${platform()} ${release()}, Node ${process.version}`;
}

/** Median of a list of numbers. */
export function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const mid = s.length >> 1;
  return s.length % 2 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2;
}

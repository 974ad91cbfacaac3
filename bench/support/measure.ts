/**
 * What every figure of the bench shares: medians, runs of two arms taken in turn (so drift on a
 * busy machine falls on both alike), ratios, and the one line each figure prints.
 */
import { performance } from 'node:perf_hooks';

/** The middle value (the mean of the two middle ones for an even count). */
export function median(values: readonly number[]): number {
  if (values.length === 0) throw new Error('The median of no values is undefined.');
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? (sorted[middle] as number) : ((sorted[middle - 1] as number) + (sorted[middle] as number)) / 2;
}

/** How long `work` takes, in milliseconds. */
export async function timeMs(work: () => Promise<unknown>): Promise<number> {
  const start = performance.now();
  await work();
  return performance.now() - start;
}

/** Samples of two arms measured in turn. */
export interface Alternated {
  subject: number[];
  baseline: number[];
}

/**
 * Measures a subject and its baseline in turn, `rounds` times each after `warmups` unrecorded
 * rounds; every other round the baseline goes first, so neither always follows the other.
 */
export async function alternate(arms: { subject: () => Promise<number>; baseline: () => Promise<number> }, rounds: number, warmups = 1): Promise<Alternated> {
  const samples: Alternated = { subject: [], baseline: [] };
  for (let round = -warmups; round < rounds; round += 1) {
    const order: Array<keyof Alternated> = round % 2 === 0 ? ['subject', 'baseline'] : ['baseline', 'subject'];
    for (const arm of order) {
      const value = await arms[arm]();
      if (round >= 0) samples[arm].push(value);
    }
  }
  return samples;
}

/** Each round's subject over the baseline measured beside it; drift between rounds falls on both alike. */
export function pairedRatios(samples: Alternated): number[] {
  if (samples.subject.length !== samples.baseline.length) throw new Error('Paired ratios need as many baseline runs as subject runs.');
  return samples.subject.map((value, index) => value / (samples.baseline[index] as number));
}

/** "1.14×"; two decimals, enough to compare with a budget given to one or two. */
export function formatRatio(ratio: number): string {
  return Number.isFinite(ratio) ? `${ratio.toFixed(2)}×` : 'n/a';
}

/** "12.3 ms" under a hundred milliseconds, "1234 ms" from there on. */
export function formatMs(ms: number): string {
  return ms >= 100 ? `${Math.round(ms)} ms` : `${ms.toFixed(1)} ms`;
}

/** "77.2 kB" (1000 bytes to the kB, as gzip sizes are usually quoted). */
export function formatKb(bytes: number): string {
  return `${(bytes / 1000).toFixed(1)} kB`;
}

/** PASS and MISS for a budgeted figure; REPORT for one the bench only reports. */
export type Verdict = 'PASS' | 'MISS' | 'REPORT';

/** One measured figure. */
export interface Figure {
  number: number;
  title: string;
  /** The figure and how it was made, in a few words. */
  result: string;
  /** The budget in words, or "report only". */
  budget: string;
  verdict: Verdict;
}

/** A ratio held against an upper budget (inclusive). */
export function withinBudget(value: number, budget: number): Verdict {
  return Number.isFinite(value) && value <= budget ? 'PASS' : 'MISS';
}

/** The printed line: number, title, result, budget, verdict. */
export function formatFigure(figure: Figure): string {
  return `${figure.number}. ${figure.title}: ${figure.result} | budget: ${figure.budget} | ${figure.verdict}`;
}

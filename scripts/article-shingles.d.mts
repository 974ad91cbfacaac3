/** Types for article-shingles.mjs. */
export const RUN_LENGTH: number;
export function words(text: string): string[];
export function runHashes(text: string): Set<string>;

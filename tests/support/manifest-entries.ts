/** Reads a file index's batches to the end, for tests that look at every entry at once. */
import type { EntryBatches, IndexOutcome, ManifestEntry } from '../../src/main/core/probes/backups/manifest/entry';

/** Every entry and the outcome, batches joined. */
export async function drain(batches: EntryBatches): Promise<{ entries: ManifestEntry[]; outcome: IndexOutcome }> {
  const entries: ManifestEntry[] = [];
  for (;;) {
    const next = await batches.next();
    if (next.done) return { entries, outcome: next.value };
    entries.push(...next.value);
  }
}

/** How many entries each batch held, in order, and the outcome. */
export async function batchSizes(batches: EntryBatches): Promise<{ sizes: number[]; outcome: IndexOutcome }> {
  const sizes: number[] = [];
  for (;;) {
    const next = await batches.next();
    if (next.done) return { sizes, outcome: next.value };
    sizes.push(next.value.length);
  }
}

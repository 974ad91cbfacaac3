/** Waiting in tests for something that happens on its own time (file events, background work). */

/** Resolves with the first truthy value `probe` gives; fails with `what` after `timeoutMs`. */
export async function waitFor<T>(probe: () => T | undefined | null | false, what: string, timeoutMs = 5000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = probe();
    if (value) return value;
    if (Date.now() > deadline) throw new Error(`Timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

/** macOS marketing versions from the Darwin kernel's major release, for when sw_vers cannot run. */

const DARWIN_TO_MACOS: Record<number, string> = {
  13: '10.9',
  14: '10.10',
  15: '10.11',
  16: '10.12',
  17: '10.13',
  18: '10.14',
  19: '10.15',
  20: '11',
  21: '12',
  22: '13',
  23: '14',
  24: '15',
  25: '26',
};

/** "24.1.0" → "15"; null for a Darwin release the table does not know. */
export function macosVersionFromDarwin(release: string): string | null {
  const major = Number.parseInt(release, 10);
  return DARWIN_TO_MACOS[major] ?? null;
}

/** Plist values as plain data, so two decoders' results compare equal whatever byte container each uses. */

/** Bytes as number lists, dates as ISO text, dictionaries as plain objects. */
export function plainPlistValue(input: unknown): unknown {
  if (input instanceof Uint8Array) return [...input];
  if (input instanceof Date) return input.toISOString();
  if (Array.isArray(input)) return input.map(plainPlistValue);
  if (input !== null && typeof input === 'object') return Object.fromEntries(Object.entries(input).map(([key, inner]) => [key, plainPlistValue(inner)]));
  return input;
}

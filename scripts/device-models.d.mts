/** Types for scripts/device-models.mjs, so tests can call it. */
export declare const SOURCE: { repository: string; file: string; commit: string; date: string; license: string };
export declare function appleSpelling(name: string): string;
export declare function deviceModels(identifiers: Record<string, unknown>): Array<[string, string]>;
export declare function renderDeviceModels(identifiers: Record<string, unknown>, source?: typeof SOURCE): string;

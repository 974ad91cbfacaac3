/**
 * How values cross Electron's boundaries, as its documentation describes them. IPC (`invoke`,
 * `send`) serializes with the Structured Clone Algorithm: prototypes are lost, and functions,
 * promises and symbols cannot be sent. The contextBridge copies values and proxies functions;
 * values passed to and returned from a proxied function are copied the same way, promises are
 * proxied, errors keep their message, and symbols are dropped. Only the API handed to
 * `exposeInMainWorld` is also frozen, so the page cannot change what the preload exposed.
 */

/** A value as the other side of an IPC message receives it; throws for what IPC cannot send. */
export function ipcCopy<T>(value: T): T {
  return structuredClone(value);
}

/** Built-in types the bridge copies with structured clone. */
const CLONEABLE: Array<abstract new (...args: never[]) => unknown> = [Date, RegExp, Map, Set, ArrayBuffer, DataView];

/** A value as the other world sees it once it has crossed the contextBridge. */
export function bridgeCopy(value: unknown): unknown {
  if (typeof value === 'function') return proxyFunction(value as (...args: unknown[]) => unknown);
  if (typeof value === 'symbol') return undefined;
  if (value === null || typeof value !== 'object') return value;
  if (value instanceof Promise) return value.then(bridgeCopy, (error: unknown) => Promise.reject(bridgeError(error)));
  if (value instanceof Error) return bridgeError(value);
  if (Array.isArray(value)) return value.map(bridgeCopy);
  if (ArrayBuffer.isView(value) || CLONEABLE.some((type) => value instanceof type)) return structuredClone(value);
  // A custom class arrives as a plain object: its own values, not its prototype.
  const copy: Record<string, unknown> = {};
  for (const [key, item] of Object.entries(value)) {
    if (typeof item !== 'symbol') copy[key] = bridgeCopy(item);
  }
  return copy;
}

/** The API `exposeInMainWorld` puts on `window`: copied, then frozen all the way down. */
export function exposedCopy(api: unknown): unknown {
  return deepFreeze(bridgeCopy(api));
}

function deepFreeze(value: unknown): unknown {
  if (value !== null && (typeof value === 'object' || typeof value === 'function') && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const item of Object.values(value)) deepFreeze(item);
  }
  return value;
}

function bridgeError(error: unknown): Error {
  return new Error(error instanceof Error ? error.message : String(error));
}

function proxyFunction(original: (...args: unknown[]) => unknown): (...args: unknown[]) => unknown {
  return function proxied(...args: unknown[]) {
    let result: unknown;
    try {
      result = original(...args.map(bridgeCopy));
    } catch (error) {
      throw bridgeError(error);
    }
    return bridgeCopy(result);
  };
}

/** A time limit on a piece of work that has no limit of its own. */

/** Rejects with `message` once `ms` have passed, calling `onTimeout` first (to close what the work holds open). */
export function withDeadline<T>(work: Promise<T>, ms: number, message: string, onTimeout: () => void): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const deadline = new Promise<never>((_, reject) => {
    timer = setTimeout(() => {
      onTimeout();
      reject(new Error(message));
    }, ms);
  });
  return Promise.race([work, deadline]).finally(() => clearTimeout(timer));
}

/**
 * One timer for asking trusted phones again, armed only while there is a phone to ask: a phone's
 * charge changes without usbmuxd saying anything, yet an idle app must not keep waking up.
 */

/** The refresh timer of one watch. */
export interface RefreshTimer {
  /** Arms the timer unless it is armed already or there is nothing to refresh. */
  schedule(): void;
  /** Disarms it when nothing is left to refresh. */
  settle(): void;
  /** Disarms it. */
  cancel(): void;
}

/** Calls `refresh` for each of `targets()` every `intervalMs` while there are any. */
export function createRefreshTimer(intervalMs: number, targets: () => string[], refresh: (udid: string) => void): RefreshTimer {
  let timer: NodeJS.Timeout | null = null;
  const cancel = () => {
    if (timer) clearTimeout(timer);
    timer = null;
  };
  return {
    schedule() {
      if (timer || targets().length === 0) return;
      timer = setTimeout(() => {
        timer = null;
        for (const udid of targets()) refresh(udid);
      }, intervalMs);
    },
    settle() {
      if (targets().length === 0) cancel();
    },
    cancel,
  };
}

/**
 * Records the backup attempt the planner asks for once "Back Up Now" is reached, so a backup that
 * finishes afterwards can be told apart from older ones. Each attempt is sent once, until main has it.
 */
import { useEffect, useRef } from 'react';
import type { Bridge } from '../../../shared/ipc';
import type { Guidance } from '../../../shared/guidance/types';

/** Sends `walkthrough.recordAttempt` to main when it appears. */
export function useRecordAttempt(bridge: Bridge, guidance: Guidance | null): void {
  const sent = useRef<string | null>(null);
  const attempt = guidance?.walkthrough.recordAttempt ?? null;
  useEffect(() => {
    if (!attempt) {
      sent.current = null;
      return;
    }
    if (sent.current === attempt.udid) return;
    sent.current = attempt.udid;
    bridge.setProgress({ kind: 'backup-attempt', ...attempt }).catch(() => {
      // Without a recorded attempt the walkthrough still shows a running backup; only "verified" waits.
    });
  }, [bridge, attempt]);
}

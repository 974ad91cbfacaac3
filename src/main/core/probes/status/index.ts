/**
 * The status probe: whether Apple itself reports trouble with iCloud Backup, so the app can say
 * "it is not you" before anyone changes a setting. Checked at start and then every few minutes;
 * any failure is `unknown` with the reason, never an error.
 */
import type { IcloudBackupStatus } from '../../../../shared/snapshot';
import { OK, unavailable, type Probe, type ProbeReport } from '../../probe';
import { APPLE_STATUS_URL, fetchStatusText, STATUS_TIMEOUT_MS } from './fetch-status';
import { readStatusFeed } from './parse-status';

/** How often the feed is read again while the app runs. */
export const STATUS_REFRESH_MS = 5 * 60 * 1000;

/** Options for the status probe. */
export interface StatusProbeOptions {
  url?: string;
  /** Do not fetch at all (the doctor's `--offline`). */
  offline?: boolean;
  timeoutMs?: number;
  refreshMs?: number;
}

function unknown(message: string): IcloudBackupStatus {
  return { state: 'unknown', message };
}

/** Reads the feed once and turns the outcome into a report. */
export async function checkStatus(url: string, timeoutMs: number): Promise<ProbeReport> {
  const fetched = await fetchStatusText(url, timeoutMs);
  if (!fetched.ok) return { icloudBackupStatus: unknown(`Could not check Apple's status: ${fetched.reason}`), source: unavailable(fetched.reason) };
  const reading = readStatusFeed(fetched.text);
  if (!reading.ok) return { icloudBackupStatus: unknown(`Could not check Apple's status: ${reading.reason}`), source: unavailable(reading.reason) };
  return { icloudBackupStatus: reading.status, source: OK };
}

/** Creates the status probe. */
export function createStatusProbe(options: StatusProbeOptions = {}): Probe {
  let timer: NodeJS.Timeout | null = null;
  let stopped = false;
  return {
    source: 'status',
    async start(report) {
      if (options.offline) {
        const reason = "Offline: Apple's status feed was not checked.";
        report({ icloudBackupStatus: unknown(reason), source: unavailable(reason) });
        return;
      }
      const check = async () => {
        const result = await checkStatus(options.url ?? APPLE_STATUS_URL, options.timeoutMs ?? STATUS_TIMEOUT_MS);
        if (stopped) return;
        report(result);
        timer = setTimeout(() => void check(), options.refreshMs ?? STATUS_REFRESH_MS);
        timer.unref();
      };
      await check();
    },
    stop() {
      stopped = true;
      if (timer) clearTimeout(timer);
      timer = null;
    },
  };
}

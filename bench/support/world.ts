/**
 * The world the bench's cores look at, simulated only at the hardware edge as in the end-to-end
 * tests: real-format backups on disk (40 of them, each Info.plist carrying 4 MB of app icons),
 * a test usbmuxd speaking the real wire protocol, a local stand-in for Apple's status feed, and
 * a scripted USB bus.
 */
import { writeBackup, makeTempRoot, removeTempRoot } from '../../tests/support/backup-fixtures';
import { startStatusServer, statusFeed, type StatusServer } from '../../tests/support/status-server';
import { startTestUsbmuxd, type TestUsbmuxd } from '../../tests/support/usbmuxd/test-usbmuxd';
import { createScriptedUsbSource, type ScriptedUsbSource } from '../../tests/support/usb/scripted-usb-source';
import { createDefaultProbes } from '../../src/main/core/default-probes';
import type { Probe } from '../../src/main/core/probe';

/** How many backups the full backup folder holds. */
export const BACKUP_COUNT = 40;

/** Bytes of app-icon data in each of their Info.plist files, as real ones carry. */
export const INFO_PLIST_APP_BYTES = 4 * 1024 * 1024;

/** A UDID of the newer, hyphenated kind, different for each backup. */
function udidFor(index: number): string {
  return `00008110-${index.toString(16).toUpperCase().padStart(16, '0')}`;
}

/** The world, running. */
export interface BenchWorld {
  /** A backup folder with BACKUP_COUNT backups. */
  backupsRoot: string;
  /** A backup folder with none. */
  emptyRoot: string;
  usbmuxd: TestUsbmuxd;
  status: StatusServer;
  /** Every probe the app runs, over this world, with the given scripted USB bus (an empty one by default). */
  probes(options?: { usb?: ScriptedUsbSource }): Probe[];
  stop(): Promise<void>;
}

/**
 * Writes the backups and starts the servers. Info.plist is XML, as Finder and iTunes write it;
 * one in ten is binary, as seen in the wild (and far slower for the fixture builder to write).
 */
export async function startWorld(): Promise<BenchWorld> {
  const backupsRoot = await makeTempRoot('bench-backups');
  const emptyRoot = await makeTempRoot('bench-empty');
  for (let index = 0; index < BACKUP_COUNT; index += 1) {
    await writeBackup(backupsRoot, {
      udid: udidFor(index),
      deviceName: `Test iPhone ${index + 1}`,
      date: new Date(Date.UTC(2024, 4, 1 + (index % 28), 9, 30)),
      infoEncoding: index % 10 === 9 ? 'binary' : 'xml',
      infoAppBytes: INFO_PLIST_APP_BYTES,
      encrypted: index % 5 === 0,
    });
  }
  const usbmuxd = await startTestUsbmuxd();
  const status = await startStatusServer({ body: statusFeed([]) });
  return {
    backupsRoot,
    emptyRoot,
    usbmuxd,
    status,
    probes: (options = {}) =>
      createDefaultProbes({
        usbSource: options.usb ?? createScriptedUsbSource(),
        usbmuxAddress: usbmuxd.address,
        statusUrl: status.url,
        backupsDir: backupsRoot,
      }),
    async stop() {
      await usbmuxd.stop();
      await status.close();
      await removeTempRoot(backupsRoot);
      await removeTempRoot(emptyRoot);
    },
  };
}

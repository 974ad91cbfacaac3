/**
 * The main-process side of the IPC contract, free of Electron: one validated handler per request
 * channel, and the wiring that turns core and store changes into events. `ipc.ts` registers these
 * with ipcMain after its sender check; the end-to-end harness calls the very same functions.
 */
import type { z } from 'zod';
import { Events, Requests, type EventChannel, type RequestChannel } from '../shared/ipc';
import type { Core } from './core/create-core';
import type { ProgressStore } from './progress/progress-store';
import { runAction, type Effects } from './actions/run-action';
import type { BackupLocator } from './actions/resolve-action';
import { actionRequestSchema, noArgument, progressUpdateSchema } from './ipc-schemas';

/** What the handlers work on. */
export interface HandlerDeps {
  core: Core;
  progress: ProgressStore;
  effects: Effects;
  locateBackup?: BackupLocator;
}

/** A request handler: takes the raw, untrusted payload. */
export type Handler = (payload: unknown) => Promise<unknown>;

/** Thrown for a payload that does not fit its channel; its message is safe to show. */
export class InvalidPayloadError extends Error {
  constructor(channel: string, issues: string) {
    super(`Invalid payload for ${channel}: ${issues}`);
    this.name = 'InvalidPayloadError';
  }
}

function parse<T>(channel: string, schema: z.ZodType<T>, payload: unknown): T {
  const result = schema.safeParse(payload);
  if (!result.success) {
    const issues = result.error.issues.map((issue) => `${issue.path.join('.') || 'payload'}: ${issue.message}`);
    throw new InvalidPayloadError(channel, issues.slice(0, 3).join('; '));
  }
  return result.data;
}

/** Builds one handler per request channel. */
export function createHandlers(deps: HandlerDeps): Record<RequestChannel, Handler> {
  return {
    [Requests.getSnapshot]: async (payload) => {
      parse(Requests.getSnapshot, noArgument, payload);
      return deps.core.getSnapshot();
    },
    [Requests.getProgress]: async (payload) => {
      parse(Requests.getProgress, noArgument, payload);
      return deps.progress.get();
    },
    [Requests.setProgress]: async (payload) =>
      deps.progress.update(parse(Requests.setProgress, progressUpdateSchema, payload)),
    [Requests.runAction]: async (payload) =>
      runAction(parse(Requests.runAction, actionRequestSchema, payload), deps.core.getSnapshot(), deps.effects, deps.locateBackup),
  };
}

/** Forwards every snapshot and progress change to `emit`; returns the function that stops it. */
export function forwardEvents(
  deps: Pick<HandlerDeps, 'core' | 'progress'>,
  emit: (channel: EventChannel, payload: unknown) => void,
): () => void {
  const stopSnapshots = deps.core.subscribe((snapshot) => emit(Events.snapshotChanged, snapshot));
  const stopProgress = deps.progress.subscribe((progress) => emit(Events.progressChanged, progress));
  return () => {
    stopSnapshots();
    stopProgress();
  };
}

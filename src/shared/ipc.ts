/**
 * The one contract for everything that crosses between main and the renderer: channel names,
 * payload types, the `Bridge` the preload exposes as `window.lifeboat`, and `createBridge`,
 * which builds that Bridge from any invoke/subscribe pair (Electron's ipcRenderer in the app,
 * Playwright's exposeFunction in the end-to-end tests).
 */
import type { Snapshot } from './snapshot';
import type { Progress, ProgressUpdate } from './progress';

/** Request/response channels: renderer asks, main answers. */
export const Requests = {
  getSnapshot: 'snapshot:get',
  getProgress: 'progress:get',
  setProgress: 'progress:set',
  runAction: 'action:run',
} as const;

/** Events main pushes to the renderer. */
export const Events = {
  snapshotChanged: 'snapshot:changed',
  progressChanged: 'progress:changed',
} as const;

/** Any request channel name. */
export type RequestChannel = (typeof Requests)[keyof typeof Requests];
/** Any event channel name. */
export type EventChannel = (typeof Events)[keyof typeof Events];

/** Everything main can be asked to do. The renderer names an action; main owns every URL and path. */
export const ACTION_IDS = [
  'open-finder',
  'open-apple-devices',
  'open-apple-devices-store-page',
  'open-itunes',
  'open-itunes-download-page',
  'open-system-status',
  'open-apple-support',
  'open-full-disk-access',
  'reveal-backup',
  'copy-text',
] as const;

/** One action's name. */
export type ActionId = (typeof ACTION_IDS)[number];

/** An action with the little data some need: which backup to reveal, which text to copy. */
export type ActionRequest =
  | { action: Exclude<ActionId, 'reveal-backup' | 'copy-text'> }
  | { action: 'reveal-backup'; udid: string }
  | { action: 'copy-text'; text: string };

/** How an action went, in words the renderer can show. */
export interface ActionResult {
  ok: boolean;
  message: string;
}

/** Payload types per request channel: [argument, result]. */
export interface RequestMap {
  'snapshot:get': [undefined, Snapshot];
  'progress:get': [undefined, Progress];
  'progress:set': [ProgressUpdate, Progress];
  'action:run': [ActionRequest, ActionResult];
}

/** Payload types per event channel. */
export interface EventMap {
  'snapshot:changed': Snapshot;
  'progress:changed': Progress;
}

/** What the renderer sees as `window.lifeboat`: task-level functions, never raw IPC. */
export interface Bridge {
  getSnapshot(): Promise<Snapshot>;
  onSnapshot(listener: (snapshot: Snapshot) => void): () => void;
  getProgress(): Promise<Progress>;
  setProgress(update: ProgressUpdate): Promise<Progress>;
  onProgress(listener: (progress: Progress) => void): () => void;
  run(request: ActionRequest): Promise<ActionResult>;
}

/** The two primitives a Bridge needs; the event object of the underlying IPC never reaches a listener. */
export interface Transport {
  invoke(channel: RequestChannel, payload?: unknown): Promise<unknown>;
  subscribe(channel: EventChannel, listener: (payload: unknown) => void): () => void;
}

/** Builds the renderer's Bridge on top of a transport. */
export function createBridge(transport: Transport): Bridge {
  const invoke = <C extends RequestChannel>(channel: C, payload?: RequestMap[C][0]) =>
    transport.invoke(channel, payload) as Promise<RequestMap[C][1]>;
  const subscribe =
    <C extends EventChannel>(channel: C) =>
    (listener: (payload: EventMap[C]) => void) =>
      transport.subscribe(channel, (payload) => listener(payload as EventMap[C]));

  return {
    getSnapshot: () => invoke(Requests.getSnapshot),
    onSnapshot: subscribe(Events.snapshotChanged),
    getProgress: () => invoke(Requests.getProgress),
    setProgress: (update) => invoke(Requests.setProgress, update),
    onProgress: subscribe(Events.progressChanged),
    run: (request) => invoke(Requests.runAction, request),
  };
}

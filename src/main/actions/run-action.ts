/**
 * Carries out the renderer's enum actions. Every URL and path is decided here, from the action's
 * name and the host, so the renderer can never make main open something of its choosing.
 */
import type { ActionRequest, ActionResult } from '../../shared/ipc';
import type { Snapshot } from '../../shared/snapshot';
import { resolveAction, type BackupLocator } from './resolve-action';

/** The side effects an action may have; the app implements them with Electron's shell and clipboard. */
export interface Effects {
  openExternal(url: string): Promise<void>;
  openApplication(target: { macAppName?: string; windowsAppId?: string }): Promise<void>;
  showItemInFolder(path: string): void;
  copyText(text: string): void;
}

/** Runs one action against the current snapshot; every failure comes back as a result, never a throw. */
export async function runAction(
  request: ActionRequest,
  snapshot: Snapshot,
  effects: Effects,
  locateBackup?: BackupLocator,
): Promise<ActionResult> {
  const plan = resolveAction(request, snapshot, locateBackup);
  if (plan.kind === 'refused') return { ok: false, message: plan.message };
  try {
    switch (plan.kind) {
      case 'url':
        await effects.openExternal(plan.url);
        break;
      case 'application':
        await effects.openApplication(plan.target);
        break;
      case 'reveal':
        effects.showItemInFolder(plan.path);
        break;
      case 'copy':
        effects.copyText(plan.text);
        break;
    }
    return { ok: true, message: plan.done };
  } catch (error) {
    return { ok: false, message: `${plan.failed} (${error instanceof Error ? error.message : String(error)})` };
  }
}

/**
 * Full Disk Access on a Mac, click by click, and the confirmation the moment it is granted: the
 * backups probe looks again while it is refused, so the page sees the change without a restart.
 */
import { lazy, Suspense, useState } from 'react';
import { fullDiskAccessSteps, FULL_DISK_ACCESS_GRANTED } from '../../../shared/content/full-disk-access';
import type { Bridge } from '../../../shared/ipc';
import type { Snapshot } from '../../../shared/snapshot';
import { ActionButton } from './ActionButton';
import { PathSteps } from './PathSteps';

// Loaded with the steps' first showing, so the picture stays out of the first screen's script.
const FullDiskAccessPicture = lazy(() => import('../pictures/FullDiskAccessPicture'));

/** Props for the steps. */
export interface FullDiskAccessStepsProps {
  bridge: Bridge;
  macosVersion: string;
  headingLevel: 2 | 3;
}

/** The numbered clicks, with the button that opens the right settings page. */
export function FullDiskAccessSteps({ bridge, macosVersion, headingLevel }: FullDiskAccessStepsProps) {
  const { where, steps } = fullDiskAccessSteps(macosVersion);
  const Heading = headingLevel === 2 ? 'h2' : 'h3';
  return (
    <div className="full-disk-access" data-testid="full-disk-access-steps">
      <Heading>Give Backup Lifeboat Full Disk Access</Heading>
      <PathSteps steps={where} label="Where the setting is" />
      <ol>
        {steps.map((step) => (
          <li key={step}>{step}</li>
        ))}
      </ol>
      <Suspense fallback={null}>
        <FullDiskAccessPicture macosVersion={macosVersion} />
      </Suspense>
      <ActionButton bridge={bridge} request={{ action: 'open-full-disk-access' }} label="Open Full Disk Access settings" primary />
    </div>
  );
}

/** "needed" while macOS refuses the backup folder, "granted" once it stops refusing while this is on screen, else null. */
export function useFullDiskAccess(snapshot: Snapshot): 'needed' | 'granted' | null {
  const refused = snapshot.host.os === 'macos' && snapshot.sources.backups.state === 'needs-permission';
  const [wasRefused, setWasRefused] = useState(refused);
  if (refused && !wasRefused) setWasRefused(true);
  if (refused) return 'needed';
  return wasRefused && snapshot.sources.backups.state === 'ok' ? 'granted' : null;
}

/** The confirmation, spoken by screen readers as it appears. */
export function FullDiskAccessGranted() {
  return (
    <section className="card message done" role="status" aria-labelledby="fda-granted-heading" data-testid="full-disk-access-granted">
      <h2 id="fda-granted-heading">{FULL_DISK_ACCESS_GRANTED.title}</h2>
      <p>{FULL_DISK_ACCESS_GRANTED.body}</p>
    </section>
  );
}

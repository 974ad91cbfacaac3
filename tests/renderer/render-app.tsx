/** Renders the whole app over a memory bridge, optionally on a given screen. */
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { App } from '../../src/renderer/src/App';
import { createMemoryBridge } from '../support/memory-bridge';
import type { Progress } from '../../src/shared/progress';
import type { Snapshot } from '../../src/shared/snapshot';
import { progress as emptyProgress } from '../support/snapshots';

/** The app, the bridge behind it, and a user to drive it. */
export async function renderApp(snapshot: Snapshot, progress: Progress = emptyProgress(), screenLabel?: string) {
  const memory = createMemoryBridge(snapshot, progress);
  const user = userEvent.setup();
  const view = render(<App bridge={memory.bridge} />);
  await screen.findByTestId('host-name');
  if (screenLabel) {
    await user.click(screen.getByRole('button', { name: new RegExp(`^${screenLabel}`) }));
    // A screen other than the overview loads its module when first opened, which a busy machine can take seconds to prepare.
    await screen.findByRole('heading', { level: 1 }, { timeout: 15_000 });
  }
  return { memory, user, view };
}

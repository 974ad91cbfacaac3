import { describe, expect, it } from 'vitest';
import { act, screen, waitFor, within } from '@testing-library/react';
import { renderApp } from '../render-app';
import { PHONES, progress, snapshot } from '../../support/snapshots';
import { plannedHosts } from '../../support/picture-specs';
import { pictureAlt, pictureDevice, stepPicture } from '../../../src/shared/content/pictures';
import { STEP_IDS, type StepId } from '../../../src/shared/guidance/types';

/** The current step's figure, once the step is current. */
async function currentPicture(step: StepId): Promise<HTMLElement> {
  const item = screen.getByTestId(`step-${step}`);
  await waitFor(() => expect(item.dataset.state).toBe('current'));
  return within(item).getByRole('img');
}

describe('StepDetails', () => {
  // One computer for each program the walkthrough can use, and iTunes on both systems.
  const hosts = plannedHosts().filter((host) => ['macOS 15', 'macOS 10.14', 'Windows 11', 'Windows 7', 'Linux'].includes(host.label));

  it.each(hosts.map((host) => [host.label, host] as const))('shows each step’s own picture on %s, drawn for the phone that is plugged in', async (_label, host) => {
    const parts = { os: host.os, version: host.version, software: host.software };
    const { memory } = await renderApp(snapshot(parts), progress(), 'Back up to this computer');
    const wanted = (step: StepId, device: typeof PHONES.ready | null) => {
      const spec = stepPicture(step, host.route, host.os);
      return { key: Object.values(spec).join('/'), name: pictureAlt(spec, pictureDevice(device)) };
    };
    const check = async (step: StepId, device: typeof PHONES.ready | null) => {
      const figure = await currentPicture(step);
      const picture = wanted(step, device);
      expect(figure.dataset.picture, step).toBe(picture.key);
      expect(figure.getAttribute('aria-label'), step).toBe(picture.name);
      // Only the current step shows a picture.
      expect(screen.getAllByRole('img').filter((img) => img.closest('[data-testid^="step-"]')).length).toBe(1);
    };

    await check('connect', null);
    act(() => memory.pushSnapshot({ ...snapshot({ ...parts, devices: [PHONES.untrusted] }), sequence: 2 }));
    await check('trust', PHONES.untrusted);
    act(() => memory.pushSnapshot({ ...snapshot({ ...parts, devices: [PHONES.ready] }), sequence: 3 }));
    await check('open-program', PHONES.ready);
    for (const [done, next] of [
      ['open-program', 'options'],
      ['options', 'back-up-now'],
      ['back-up-now', 'wait'],
    ] as const) {
      await act(() => memory.bridge.setProgress({ kind: 'confirm-step', step: done, done: true }));
      await check(next, PHONES.ready);
    }
    expect(STEP_IDS).toEqual(['connect', 'trust', 'open-program', 'options', 'back-up-now', 'wait']);
  });

  it('shows a Mac that has not allowed Full Disk Access where to switch it on, in its own settings app', async () => {
    const world = (version: string) => snapshot({ version, devices: [PHONES.ready], sources: { backups: { state: 'needs-permission', reason: 'Full Disk Access' } } });
    const confirmed = progress({ confirmedSteps: ['open-program', 'options', 'back-up-now'] });
    const { memory } = await renderApp(world('15.1'), confirmed, 'Back up to this computer');
    const wait = screen.getByTestId('step-wait');
    expect(await within(wait).findByRole('img', { name: /^System Settings, Privacy & Security, Full Disk Access/ })).toBeTruthy();
    act(() => memory.pushSnapshot({ ...world('12.7.4'), sequence: 2 }));
    expect(await within(wait).findByRole('img', { name: /^System Preferences, Security & Privacy/ })).toBeTruthy();
  });

  it('shows no Full Disk Access picture where there is no such setting', async () => {
    const world = snapshot({ os: 'windows', version: '10.0.22631', devices: [PHONES.ready], sources: { backups: { state: 'needs-permission', reason: 'Denied' } } });
    await renderApp(world, progress({ confirmedSteps: ['open-program', 'options', 'back-up-now'] }), 'Back up to this computer');
    expect(within(screen.getByTestId('step-wait')).queryByRole('img', { name: /Full Disk Access/ })).toBeNull();
  });
});

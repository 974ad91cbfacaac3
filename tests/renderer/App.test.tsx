import { describe, expect, it } from 'vitest';
import { act, render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { App } from '../../src/renderer/src/App';
import { createMemoryBridge } from '../support/memory-bridge';
import { emptySnapshot, type Snapshot } from '../../src/shared/snapshot';
import { emptyProgress } from '../../src/shared/progress';

const macos: Snapshot = {
  ...emptySnapshot(),
  sequence: 1,
  host: { ...emptySnapshot().host, os: 'macos', version: '15.1', displayName: 'macOS Sequoia 15.1' },
};

describe('App', () => {
  it('shows the computer from the first snapshot', async () => {
    const { bridge } = createMemoryBridge(macos);
    render(<App bridge={bridge} />);
    expect(await screen.findByText('macOS Sequoia 15.1')).toBeTruthy();
  });

  it('follows pushed snapshots and ignores an older one arriving late', async () => {
    const memory = createMemoryBridge(macos);
    render(<App bridge={memory.bridge} />);
    await screen.findByText('macOS Sequoia 15.1');
    act(() => memory.pushSnapshot({ ...macos, sequence: 5, host: { ...macos.host, displayName: 'Windows 11' } }));
    expect(await screen.findByText('Windows 11')).toBeTruthy();
    act(() => memory.pushSnapshot({ ...macos, sequence: 2 }));
    expect(screen.queryByText('macOS Sequoia 15.1')).toBeNull();
  });

  it('tells the person when saved progress had to start fresh, until they dismiss it', async () => {
    const memory = createMemoryBridge(macos, { ...emptyProgress(), notice: { kind: 'reset-unreadable', keptAs: 'progress.unreadable-1.json', at: 'x' } });
    render(<App bridge={memory.bridge} />);
    const notice = await screen.findByTestId('progress-notice');
    expect(notice.textContent).toContain('progress.unreadable-1.json');
    await userEvent.setup().click(screen.getByRole('button', { name: 'OK' }));
    await waitFor(() => expect(screen.queryByTestId('progress-notice')).toBeNull());
  });

  it('moves focus to the heading of the screen the person switches to', async () => {
    const memory = createMemoryBridge(macos);
    render(<App bridge={memory.bridge} />);
    await screen.findByText('macOS Sequoia 15.1');
    await userEvent.setup().click(screen.getByRole('button', { name: 'Get help' }));
    const heading = await screen.findByRole('heading', { level: 1, name: 'Get help' });
    await waitFor(() => expect(document.activeElement).toBe(heading));
    expect(screen.getByRole('button', { name: 'Get help' }).getAttribute('aria-current')).toBe('page');
  });

  it('still shows the screens when saved progress cannot be read', async () => {
    const memory = createMemoryBridge(macos);
    const bridge = { ...memory.bridge, getProgress: () => Promise.reject(new Error('main is busy')) };
    render(<App bridge={bridge} />);
    expect(await screen.findByTestId('next-step')).toBeTruthy();
  });

  it('lets go of its subscription when unmounted', async () => {
    const memory = createMemoryBridge(macos);
    const { unmount } = render(<App bridge={memory.bridge} />);
    await screen.findByText('macOS Sequoia 15.1');
    unmount();
    expect(memory.listenerCount()).toBe(0);
  });
});

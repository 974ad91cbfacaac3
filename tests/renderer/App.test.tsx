import { describe, expect, it } from 'vitest';
import { act, render, screen } from '@testing-library/react';
import { App } from '../../src/renderer/src/App';
import { createMemoryBridge } from '../support/memory-bridge';
import { emptySnapshot, type Snapshot } from '../../src/shared/snapshot';

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

  it('lets go of its subscription when unmounted', async () => {
    const memory = createMemoryBridge(macos);
    const { unmount } = render(<App bridge={memory.bridge} />);
    await screen.findByText('macOS Sequoia 15.1');
    unmount();
    expect(memory.listenerCount()).toBe(0);
  });
});

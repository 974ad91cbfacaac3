import { describe, expect, it } from 'vitest';
import { screen, waitFor } from '@testing-library/react';
import { renderApp } from '../render-app';
import { PHONES, progress, snapshot } from '../../support/snapshots';

describe('Help', () => {
  it('builds the summary from what the person types and copies it through main', async () => {
    const { memory, user } = await renderApp(snapshot({ devices: [PHONES.ready] }), progress({ checklist: { storage: 'fine' } }), 'Get help');
    await user.type(screen.getByLabelText(/The exact error message/), 'Backup failed');
    await user.type(screen.getByLabelText('How long has it been going on?'), 'two weeks');
    await user.tab();
    await waitFor(() => expect(memory.progress().support).toMatchObject({ errorText: 'Backup failed', howLong: 'two weeks' }));
    const summary = (screen.getByTestId('support-summary') as HTMLTextAreaElement).value;
    expect(summary).toContain('Exact error message: Backup failed');
    expect(summary).toContain('Going on for: two weeks');
    expect(summary).toContain('iOS version: iOS 17.5');
    await user.click(screen.getByRole('button', { name: 'Copy the summary' }));
    expect(memory.actions).toEqual([{ action: 'copy-text', text: summary }]);
  });

  it('asks for the iOS version only when no phone is connected', async () => {
    await renderApp(snapshot(), progress(), 'Get help');
    expect(screen.getByLabelText(/iOS version/)).toBeTruthy();
  });
});

/** A button that asks main to do one action from the enum, and says how it went. */
import { useState } from 'react';
import type { ActionRequest, Bridge } from '../../../shared/ipc';

/** Props for an action button. */
export interface ActionButtonProps {
  bridge: Bridge;
  request: ActionRequest;
  label: string;
  primary?: boolean;
}

/** Runs the action on click; the outcome is announced politely beside the button. */
export function ActionButton({ bridge, request, label, primary = false }: ActionButtonProps) {
  const [result, setResult] = useState<{ ok: boolean; message: string } | null>(null);
  const run = () => {
    bridge.run(request).then(setResult, (error: unknown) =>
      setResult({ ok: false, message: error instanceof Error ? error.message : 'That did not work.' }),
    );
  };
  return (
    <span className="action">
      <button type="button" className={primary ? 'button primary' : 'button'} onClick={run}>
        {label}
      </button>
      <span role="status" className={result && !result.ok ? 'action-result failed' : 'action-result'}>
        {result?.message ?? ''}
      </span>
    </span>
  );
}

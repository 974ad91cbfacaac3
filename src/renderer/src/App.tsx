/** The app shell: a header, and the screen for the current snapshot. */
import type { Bridge } from '../../shared/ipc';
import { useSnapshot } from './hooks/useSnapshot';

/** Props for the app shell. */
export interface AppProps {
  bridge: Bridge;
}

/** The whole renderer. */
export function App({ bridge }: AppProps) {
  const snapshot = useSnapshot(bridge);
  return (
    <div className="app">
      <header className="app-header">
        <h1>Backup Lifeboat</h1>
      </header>
      <main className="app-main" aria-busy={snapshot === null}>
        {snapshot === null ? (
          <p role="status">Looking at this computer…</p>
        ) : (
          <section aria-labelledby="computer-heading">
            <h2 id="computer-heading">This computer</h2>
            <p data-testid="host-name">{snapshot.host.displayName}</p>
            <h2>Your phone</h2>
            {snapshot.devices.length === 0 ? (
              <p>No phone is connected.</p>
            ) : (
              <ul>
                {snapshot.devices.map((device) => (
                  <li key={device.udid} data-testid="connected-device">
                    {device.name ?? 'An Apple device'}
                  </li>
                ))}
              </ul>
            )}
          </section>
        )}
      </main>
    </div>
  );
}

/**
 * The app shell: the sidebar, a notice about saved progress when there is one, and the current
 * screen. The overview is part of the first load; the other screens load when first opened.
 */
import { lazy, Suspense, useCallback, useMemo, useState } from 'react';
import type { Bridge } from '../../shared/ipc';
import { plan } from '../../shared/guidance/plan';
import type { ScreenId } from '../../shared/guidance/types';
import { useSnapshot } from './hooks/useSnapshot';
import { useProgress } from './hooks/useProgress';
import { useNow } from './hooks/useNow';
import { useRecordAttempt } from './hooks/useRecordAttempt';
import { ArrivalContext } from './hooks/useArrival';
import { Nav } from './components/Nav';
import { NoticeBanner } from './components/NoticeBanner';
import { Overview } from './screens/Overview';
import type { ScreenProps } from './screens/screen-props';

const Checklist = lazy(() => import('./screens/Checklist'));
const Walkthrough = lazy(() => import('./screens/Walkthrough'));
const Dates = lazy(() => import('./screens/Dates'));
const Help = lazy(() => import('./screens/Help'));

/** Props for the app shell. */
export interface AppProps {
  bridge: Bridge;
}

function Screen({ screen, ...props }: ScreenProps & { screen: ScreenId }) {
  switch (screen) {
    case 'overview':
      return <Overview {...props} />;
    case 'checklist':
      return <Checklist {...props} />;
    case 'walkthrough':
      return <Walkthrough {...props} />;
    case 'dates':
      return <Dates {...props} />;
    case 'help':
      return <Help {...props} />;
  }
}

/** The whole renderer. */
export function App({ bridge }: AppProps) {
  const snapshot = useSnapshot(bridge);
  const progress = useProgress(bridge);
  const now = useNow();
  const [screen, setScreen] = useState<ScreenId>('overview');
  const [navigated, setNavigated] = useState(false);
  const guidance = useMemo(() => (snapshot && progress ? plan(snapshot, progress, now) : null), [snapshot, progress, now]);
  useRecordAttempt(bridge, guidance);
  const [jump, setJump] = useState<{ item: string; count: number } | null>(null);
  const go = useCallback((next: ScreenId, item?: string) => {
    setScreen(next);
    setNavigated(true);
    setJump((current) => (item ? { item, count: (current?.count ?? 0) + 1 } : null));
  }, []);

  const checklist = guidance?.checklist;
  const badges = checklist ? { checklist: `${checklist.checkedCount}/${checklist.items.length}` } : {};

  return (
    <div className="app">
      <Nav current={screen} go={go} badges={badges} />
      <main className="content" aria-busy={guidance === null}>
        {progress?.notice ? <NoticeBanner notice={progress.notice} bridge={bridge} /> : null}
        {snapshot && progress && guidance ? (
          <ArrivalContext.Provider value={navigated}>
            <Suspense fallback={<p role="status">Loading…</p>}>
              <Screen screen={screen} bridge={bridge} snapshot={snapshot} progress={progress} guidance={guidance} now={now} go={go} jump={jump} />
            </Suspense>
          </ArrivalContext.Provider>
        ) : (
          <p role="status" className="loading">
            Looking at this computer…
          </p>
        )}
      </main>
    </div>
  );
}

/** The sidebar: the app's name and its five screens. */
import type { ScreenId } from '../../../shared/guidance/types';

/** The screens in the sidebar, in order. */
export const SCREENS: Array<{ id: ScreenId; label: string }> = [
  { id: 'overview', label: 'Overview' },
  { id: 'checklist', label: 'iCloud checklist' },
  { id: 'walkthrough', label: 'Back up to this computer' },
  { id: 'dates', label: 'Last backup dates' },
  { id: 'help', label: 'Get help' },
];

/** Props for the sidebar. */
export interface NavProps {
  current: ScreenId;
  go(screen: ScreenId): void;
  /** Small counts beside a screen's name, e.g. "3/9"; read out as "3 of 9 done". */
  badges: Partial<Record<ScreenId, string>>;
}

/** The sidebar navigation. */
export function Nav({ current, go, badges }: NavProps) {
  return (
    <nav className="sidebar" aria-label="Sections">
      <div className="sidebar-inner">
        <p className="brand">
          <span className="brand-mark" aria-hidden="true" />
          Backup Lifeboat
        </p>
        <ul>
          {SCREENS.map(({ id, label }) => (
            <li key={id}>
              <button type="button" aria-current={id === current ? 'page' : undefined} onClick={() => go(id)} data-testid={`nav-${id}`}>
                <span>{label}</span>
                {badges[id] ? (
                  <span className="badge">
                    <span aria-hidden="true">{badges[id]}</span>
                    <span className="visually-hidden">, {badges[id]?.replace('/', ' of ')} done</span>
                  </span>
                ) : null}
              </button>
            </li>
          ))}
        </ul>
      </div>
    </nav>
  );
}

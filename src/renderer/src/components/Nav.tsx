/**
 * The sidebar: the app's name and its five screens. Below 820 px wide it folds into a menu button
 * that names the current screen; the list opens under it, and Escape closes it again.
 */
import { useRef, useState, type KeyboardEvent } from 'react';
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
  const [open, setOpen] = useState(false);
  const toggle = useRef<HTMLButtonElement>(null);
  const close = () => {
    setOpen(false);
    toggle.current?.focus();
  };
  const choose = (id: ScreenId) => {
    // The new screen takes focus as it appears; the same screen again leaves nothing to land on but the button.
    if (id === current) close();
    else {
      setOpen(false);
      go(id);
    }
  };
  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key === 'Escape' && open) {
      event.preventDefault();
      close();
    }
  };
  return (
    <nav className={open ? 'sidebar open' : 'sidebar'} aria-label="Sections" onKeyDown={onKeyDown}>
      <div className="sidebar-inner">
        <p className="brand">
          <span className="brand-mark" aria-hidden="true" />
          Backup Lifeboat
        </p>
        <button
          ref={toggle}
          type="button"
          className="nav-toggle"
          aria-expanded={open}
          aria-controls="nav-sections"
          onClick={() => setOpen((was) => !was)}
          data-testid="nav-toggle"
        >
          <span className="nav-toggle-icon" aria-hidden="true" />
          <span className="visually-hidden">Sections: </span>
          <span className="nav-toggle-label">{SCREENS.find(({ id }) => id === current)?.label}</span>
        </button>
        <ul id="nav-sections">
          {SCREENS.map(({ id, label }) => (
            <li key={id}>
              <button type="button" aria-current={id === current ? 'page' : undefined} onClick={() => choose(id)} data-testid={`nav-${id}`}>
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

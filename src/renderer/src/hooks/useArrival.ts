/**
 * Whether the screen now showing was opened by the person (from the sidebar or a button) rather
 * than shown at start-up: only then does focus move to it, so starting the app never steals focus.
 */
import { createContext, useContext, useState } from 'react';

/** True once the person has moved from one screen to another. */
export const ArrivalContext = createContext(false);

/** Whether this screen was opened by the person, as it stood when the screen appeared. */
export function useArrivedByNavigation(): boolean {
  const navigated = useContext(ArrivalContext);
  const [arrived] = useState(navigated);
  return arrived;
}

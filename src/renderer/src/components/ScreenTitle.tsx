/**
 * A screen's heading. When the person opened the screen (from the sidebar or a button on another
 * screen), focus lands on it, so keyboard and screen-reader users start at the top of what they
 * asked for; at start-up nothing is focused for them.
 */
import { useEffect, useRef, type ReactNode } from 'react';
import { useArrivedByNavigation } from '../hooks/useArrival';
import { focusAndReveal } from '../focus';

/** Props for a screen title. */
export interface ScreenTitleProps {
  children: ReactNode;
  lead?: ReactNode;
  /** False when the screen moves focus somewhere more useful itself (the walkthrough, to its current step). */
  focusOnArrival?: boolean;
}

/** The h1 of a screen. */
export function ScreenTitle({ children, lead, focusOnArrival = true }: ScreenTitleProps) {
  const heading = useRef<HTMLHeadingElement>(null);
  const arrived = useArrivedByNavigation();
  useEffect(() => {
    if (arrived && focusOnArrival) focusAndReveal(heading.current);
    // Only on arrival: later renders of the same screen keep focus where the person put it.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);
  return (
    <header className="screen-header">
      <h1 ref={heading} tabIndex={-1}>
        {children}
      </h1>
      {lead ? <p className="lead">{lead}</p> : null}
    </header>
  );
}

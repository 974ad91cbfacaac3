/** A screen's heading; takes focus when the person switched to the screen, so keyboard and screen-reader users land on it. */
import { useEffect, useRef, type ReactNode } from 'react';

/** Props for a screen title. */
export interface ScreenTitleProps {
  children: ReactNode;
  lead?: ReactNode;
}

/** The h1 of a screen. */
export function ScreenTitle({ children, lead }: ScreenTitleProps) {
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    if (document.activeElement?.closest('nav')) heading.current?.focus();
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

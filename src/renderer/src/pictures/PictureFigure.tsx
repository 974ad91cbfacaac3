/**
 * The figure every picture sits in. The figure is the image: it carries the words that describe
 * the picture. The drawing inside is inert — a picture of a program, not controls — so its text
 * is neither focusable, selectable nor read out piece by piece.
 */
import type { ReactNode } from 'react';
import type { PictureSpec } from '../../../shared/content/pictures';
import { isPhoneScreen } from '../../../shared/content/pictures';

/** A stable name for a spec, e.g. "program/finder/all-data". */
export function pictureKey(spec: PictureSpec): string {
  return Object.values(spec).join('/');
}

/** Props for a picture's figure. */
export interface PictureFigureProps {
  spec: PictureSpec;
  tablet: boolean;
  /** What the picture shows, in words: its accessible name. */
  label: string;
  children: ReactNode;
}

/** Program windows run the width of the step; phone screens are narrow and sit beside the words. */
export function PictureFigure({ spec, tablet, label, children }: PictureFigureProps) {
  const shape = isPhoneScreen(spec) ? `picture-phone${tablet ? ' picture-tablet' : ''}` : 'picture-window';
  return (
    <figure className={`picture ${shape}`} data-picture={pictureKey(spec)} role="img" aria-label={label}>
      <div className="picture-drawing" inert>
        {children}
      </div>
    </figure>
  );
}

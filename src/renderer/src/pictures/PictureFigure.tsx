/** The figure every picture sits in: sized by its kind, named by its spec so tests and styles can tell pictures apart. */
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
  children: ReactNode;
}

/** Program windows run the width of the step; phone screens are narrow and sit beside the words. */
export function PictureFigure({ spec, tablet, children }: PictureFigureProps) {
  const shape = isPhoneScreen(spec) ? `picture-phone${tablet ? ' picture-tablet' : ''}` : 'picture-window';
  return (
    <figure className={`picture ${shape}`} data-picture={pictureKey(spec)}>
      {children}
    </figure>
  );
}

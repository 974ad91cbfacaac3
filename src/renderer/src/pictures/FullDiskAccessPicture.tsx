/**
 * The Full Disk Access picture on its own, so a screen of the first load (the overview) can load
 * it lazily without pulling in every other picture.
 */
import { fullDiskAccessPicture, pictureAlt, pictureDevice } from '../../../shared/content/pictures';
import { PictureFigure } from './PictureFigure';
import { FullDiskAccessScene } from './scenes/FullDiskAccessScene';

/** Props for the Full Disk Access picture. */
export interface FullDiskAccessPictureProps {
  /** The Mac's version: System Settings from macOS 13, System Preferences before. */
  macosVersion: string;
  /** The app's switch (the usual case), or the + button that adds the app when it is not listed. */
  target?: 'add' | 'switch';
}

/** Where to switch on Full Disk Access for the app on this Mac. */
export default function FullDiskAccessPicture({ macosVersion, target = 'switch' }: FullDiskAccessPictureProps) {
  const spec = fullDiskAccessPicture(macosVersion, target);
  return (
    <PictureFigure spec={spec} tablet={false} label={pictureAlt(spec, pictureDevice(null))}>
      <FullDiskAccessScene settings={spec.settings} target={spec.target} />
    </PictureFigure>
  );
}

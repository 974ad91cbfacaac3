/**
 * A checklist picture of the phone's own iCloud screens, drawn for an iPhone unless told which
 * device. It draws only the phone's screens, so the checklist never loads the programs' pictures.
 */
import { ILLUSTRATIONS, type IllustrationId } from '../../../shared/content/illustrations';
import { pictureAlt, pictureDevice, type PictureDevice } from '../../../shared/content/pictures';
import { PictureFigure } from '../pictures/PictureFigure';
import { IcloudBackupScene, ManageStorageScene } from '../pictures/scenes/IcloudScenes';

/** Props for an illustration. */
export interface IllustrationProps {
  id: IllustrationId;
  device?: PictureDevice;
}

const ANY_IPHONE = pictureDevice(null);

/** The picture, sized by CSS. */
export function Illustration({ id, device = ANY_IPHONE }: IllustrationProps) {
  const spec = ILLUSTRATIONS[id];
  return (
    <PictureFigure spec={spec} tablet={device.tablet} label={pictureAlt(spec, device)}>
      {spec.scene === 'icloud-backup' ? <IcloudBackupScene target={spec.target} device={device} /> : <ManageStorageScene device={device} />}
    </PictureFigure>
  );
}

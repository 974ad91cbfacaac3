/** A checklist picture of the phone's own iCloud screens, drawn for an iPhone unless told which device. */
import { ILLUSTRATIONS, type IllustrationId } from '../../../shared/content/illustrations';
import { pictureDevice, type PictureDevice } from '../../../shared/content/pictures';
import { Picture } from '../pictures/Picture';

/** Props for an illustration. */
export interface IllustrationProps {
  id: IllustrationId;
  device?: PictureDevice;
}

const ANY_IPHONE = pictureDevice(null);

/** The picture, sized by CSS. */
export function Illustration({ id, device = ANY_IPHONE }: IllustrationProps) {
  return <Picture spec={ILLUSTRATIONS[id]} device={device} />;
}

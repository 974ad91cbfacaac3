/** A bundled picture of where to tap or click, with its description for screen readers. */
import { ILLUSTRATION_ALT, type IllustrationId } from '../../../shared/content/illustrations';
import icloudBackup from '../assets/illustrations/icloud-backup.svg';
import manageStorage from '../assets/illustrations/manage-storage.svg';
import trustPrompt from '../assets/illustrations/trust-prompt.svg';
import finderBackup from '../assets/illustrations/finder-backup.svg';
import itunesBackup from '../assets/illustrations/itunes-backup.svg';
import appleDevicesBackup from '../assets/illustrations/apple-devices-backup.svg';

const SOURCES: Record<IllustrationId, string> = {
  'icloud-backup': icloudBackup,
  'manage-storage': manageStorage,
  'trust-prompt': trustPrompt,
  'finder-backup': finderBackup,
  'itunes-backup': itunesBackup,
  'apple-devices-backup': appleDevicesBackup,
};

/** Props for an illustration. */
export interface IllustrationProps {
  id: IllustrationId;
}

/** The picture, sized by CSS. */
export function Illustration({ id }: IllustrationProps) {
  return (
    <figure className={`illustration illustration-${id}`}>
      <img src={SOURCES[id]} alt={ILLUSTRATION_ALT[id]} />
    </figure>
  );
}

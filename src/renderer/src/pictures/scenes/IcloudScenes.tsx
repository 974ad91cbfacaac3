/** The phone's own iCloud screens for the checklist: iCloud Backup (its switch, or Back Up Now) and the storage bar. */
import { ICLOUD_SCREENS, SAMPLE } from '../../../../shared/content/program-labels';
import type { PictureDevice } from '../../../../shared/content/pictures';
import { deviceFrame, PhoneBody, PictureSvg } from '../kit/Chrome';
import { Box, Rule, Switch, Target, Text } from '../kit/Shapes';

/** A settings screen's back link and large title. */
function Header({ x, title }: { x: number; title: string }) {
  return (
    <g>
      <Text x={x} y={70} size={13} tone="accent">
        {ICLOUD_SCREENS.back}
      </Text>
      <Text x={x + 2} y={104} size={21} weight={700}>
        {title}
      </Text>
    </g>
  );
}

/** The iCloud Backup screen. */
export function IcloudBackupScene({ target, device }: { target: 'switch' | 'back-up-now'; device: PictureDevice }) {
  const frame = deviceFrame(device.tablet);
  const left = frame.screen.x + 12;
  const width = frame.screen.w - 24;
  return (
    <PictureSvg width={frame.width} height={frame.shown}>
      <PhoneBody tablet={device.tablet} screen="sheet" />
      <Header x={left + 4} title={ICLOUD_SCREENS.backupTitle} />
      <Box x={left} y={122} w={width} h={42} r={10} fill="window" />
      <Text x={left + 12} y={147} size={11}>
        {ICLOUD_SCREENS.backUpThis(device.noun)}
      </Text>
      <Switch x={left + width - 48} y={132} on />
      {target === 'switch' ? <Target x={left + width - 48} y={132} w={38} h={22} r={11} /> : null}
      <Box x={left} y={182} w={width} h={42} r={10} fill="window" />
      <Text x={left + 12} y={207} size={11.5} tone="accent">
        {ICLOUD_SCREENS.backUpNow}
      </Text>
      {target === 'back-up-now' ? <Target x={left} y={182} w={width} h={42} r={10} /> : null}
      <Text x={left + 6} y={244} size={9.5} tone="muted">
        {`${ICLOUD_SCREENS.lastSuccessful} ${SAMPLE.lastBackup}`}
      </Text>
    </PictureSvg>
  );
}

/** The iCloud storage screen, with the bar of how full it is as the target. */
export function ManageStorageScene({ device }: { device: PictureDevice }) {
  const frame = deviceFrame(device.tablet);
  const left = frame.screen.x + 12;
  const width = frame.screen.w - 24;
  const bar = width - 24;
  return (
    <PictureSvg width={frame.width} height={frame.shown}>
      <PhoneBody tablet={device.tablet} screen="sheet" />
      <Header x={left + 4} title={ICLOUD_SCREENS.storageTitle} />
      <Box x={left} y={122} w={width} h={78} r={10} fill="window" />
      <Text x={left + 12} y={144} size={11}>
        {ICLOUD_SCREENS.storageRow}
      </Text>
      <Text x={left + width - 12} y={144} size={10} tone="muted" anchor="end">
        {ICLOUD_SCREENS.almostFull}
      </Text>
      <rect x={left + 12} y={156} width={bar} height={14} rx={4} className="pic-fill-off" />
      <rect x={left + 12} y={156} width={bar * 0.5} height={14} rx={4} className="pic-fill-storage-a" />
      <rect x={left + 12 + bar * 0.48} y={156} width={bar * 0.47} height={14} className="pic-fill-storage-b" />
      <Target x={left + 12} y={156} w={bar} h={14} r={4} />
      <Box x={left} y={218} w={width} h={96} r={10} fill="window" />
      <Text x={left + 12} y={244} size={11.5}>
        {ICLOUD_SCREENS.changePlan}
      </Text>
      <Rule x={left + 12} y={258} w={width - 12} />
      <Text x={left + 12} y={286} size={11.5}>
        {ICLOUD_SCREENS.backups}
      </Text>
      <Text x={left + width - 12} y={286} size={11.5} tone="muted" anchor="end">
        ›
      </Text>
    </PictureSvg>
  );
}

/** The Apple Devices app on Windows with the phone selected: its General page and the Backups section, one target per step. */
import { APPLE_DEVICES, SAMPLE } from '../../../../shared/content/program-labels';
import { PictureSvg, WindowsWindow } from '../kit/Chrome';
import { Box, buttonWidth, Check, choiceWidth, DeviceGlyph, ProgressBar, PushButton, Radio, Target, Text } from '../kit/Shapes';
import { fit, lineUp } from '../kit/text-fit';
import type { ProgramSceneProps } from './FinderScene';

const WIDTH = 560;
const HEIGHT = 330;
const SIDEBAR = 160;
const MAIN = 172;

/** The Apple Devices window, drawn as a Windows 11 app. */
export function AppleDevicesScene({ target, device }: ProgramSceneProps) {
  const running = target === 'progress';
  const allData = APPLE_DEVICES.allData(device.noun);
  const buttons = [APPLE_DEVICES.manageBackups, APPLE_DEVICES.backUpNow, APPLE_DEVICES.restoreBackup];
  const buttonX = lineUp(buttons, MAIN + 18, (text) => buttonWidth(text), 10);
  return (
    <PictureSvg width={WIDTH} height={HEIGHT}>
      <WindowsWindow width={WIDTH} height={HEIGHT} title={APPLE_DEVICES.title} rounded />
      <path d={`M${SIDEBAR} 32 H0.5 V${HEIGHT - 8.5} A8 8 0 0 0 8.5 ${HEIGHT - 0.5} H${SIDEBAR} Z`} className="pic-fill-sidebar" />
      <DeviceGlyph x={18} y={50} h={18} tablet={device.tablet} />
      <Text x={device.tablet ? 36 : 34} y={63} size={12} weight={600}>
        {fit(device.name, 15)}
      </Text>
      {target === 'device' ? <Target x={8} y={44} w={SIDEBAR - 16} h={30} r={5} /> : null}
      {APPLE_DEVICES.pages.map((page, i) => (
        <g key={page}>
          {i === 0 ? <Box x={16} y={82} w={SIDEBAR - 24} h={22} r={4} fill="selected" /> : null}
          {i === 0 ? <rect x={16} y={87} width={3} height={12} rx={1.5} className="pic-fill-accent" /> : null}
          <Text x={28} y={97 + i * 22} size={11} tone={i === 0 ? 'text' : 'muted'} weight={i === 0 ? 600 : undefined}>
            {page}
          </Text>
        </g>
      ))}

      {running ? (
        <g>
          <Target x={MAIN + 10} y={40} w={WIDTH - MAIN - 30} h={30} r={5} />
          <Text x={MAIN + 16} y={54} size={10.5}>
            {APPLE_DEVICES.backingUp(fit(device.name, 24))}
          </Text>
          <ProgressBar x={MAIN + 16} y={61} w={WIDTH - MAIN - 44} share={0.4} />
        </g>
      ) : null}

      <DeviceGlyph x={MAIN + 16} y={86} h={36} tablet={device.tablet} />
      <Text x={MAIN + 52} y={102} size={16} weight={700}>
        {fit(device.name, 28)}
      </Text>
      {device.model ? (
        <Text x={MAIN + 52} y={119} size={11} tone="muted">
          {device.model}
        </Text>
      ) : null}

      <Text x={MAIN + 16} y={152} size={12} weight={600}>
        {APPLE_DEVICES.backups}
      </Text>
      <Radio x={MAIN + 24} y={170} on={false} label={APPLE_DEVICES.icloud(device.noun)} />
      <Radio x={MAIN + 24} y={192} on label={allData} />
      {target === 'all-data' ? <Target x={MAIN + 16} y={183} w={choiceWidth(allData) + 8} h={18} r={4} /> : null}
      <Check x={MAIN + 24} y={214} on label={APPLE_DEVICES.encrypt} />
      <PushButton x={MAIN + 30 + choiceWidth(APPLE_DEVICES.encrypt) + 8} y={204} label={APPLE_DEVICES.changePassword} size={10} height={20} corner={4} />
      <Text x={MAIN + 18} y={244} size={10.5} tone="muted">
        {`${APPLE_DEVICES.lastBackup} ${SAMPLE.lastBackup}`}
      </Text>
      {buttons.map((text, i) => (
        <PushButton key={text} x={buttonX[i]!} y={258} label={text} corner={4} />
      ))}
      {target === 'back-up-now' ? <Target x={buttonX[1]!} y={258} w={buttonWidth(APPLE_DEVICES.backUpNow)} h={22} r={4} /> : null}
    </PictureSvg>
  );
}

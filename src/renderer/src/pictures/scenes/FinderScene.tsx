/** Finder on macOS 10.15 and later with the phone selected: its General tab and the Backups section, one target per step. */
import { FINDER, SAMPLE } from '../../../../shared/content/program-labels';
import type { PictureDevice, ProgramTarget } from '../../../../shared/content/pictures';
import { MacWindow, PictureSvg } from '../kit/Chrome';
import { Box, buttonWidth, Check, choiceWidth, DeviceGlyph, ProgressBar, ProgressRing, PushButton, Radio, Rule, Target, Text } from '../kit/Shapes';
import { fit, lineUp, textWidth } from '../kit/text-fit';

/** Props for a program's picture. */
export interface ProgramSceneProps {
  target: ProgramTarget;
  device: PictureDevice;
}

const WIDTH = 560;
const HEIGHT = 330;
const SIDEBAR = 150;
const MAIN = 172;

/** The Finder window. */
export function FinderScene({ target, device }: ProgramSceneProps) {
  const running = target === 'progress';
  const allData = FINDER.allData(device.noun);
  const buttons = [FINDER.manageBackups, FINDER.backUpNow, FINDER.restoreBackup];
  const buttonX = lineUp(buttons, 182, (text) => buttonWidth(text), 10);
  const tabX = lineUp(FINDER.tabs, MAIN + 6, (tab) => textWidth(tab, 11), 16);
  return (
    <PictureSvg width={WIDTH} height={HEIGHT}>
      <MacWindow width={WIDTH} height={HEIGHT} sidebar={SIDEBAR} />
      <Text x={14} y={50} size={10} weight={600} tone="muted">
        {FINDER.favorites}
      </Text>
      {FINDER.favoriteItems.map((item, i) => (
        <Text key={item} x={22} y={70 + i * 18} size={12}>
          {item}
        </Text>
      ))}
      <Text x={14} y={172} size={10} weight={600} tone="muted">
        {FINDER.locations}
      </Text>
      <Box x={8} y={180} w={SIDEBAR - 16} h={24} r={6} fill="selected" />
      <DeviceGlyph x={20} y={184} h={16} tablet={device.tablet} />
      <Text x={device.tablet ? 36 : 34} y={196} size={12} weight={600}>
        {fit(device.name, running ? 12 : 14)}
      </Text>
      {running ? <ProgressRing cx={130} cy={192} r={6} share={0.4} /> : null}
      {target === 'device' ? <Target x={8} y={180} w={SIDEBAR - 16} h={24} /> : null}
      {running ? <Target x={122} y={184} w={16} h={16} r={8} /> : null}

      <DeviceGlyph x={MAIN + 4} y={40} h={40} tablet={device.tablet} />
      <Text x={MAIN + 42} y={60} size={17} weight={700}>
        {fit(device.name, 30)}
      </Text>
      {device.model ? (
        <Text x={MAIN + 42} y={78} size={11} tone="muted">
          {device.model}
        </Text>
      ) : null}
      <Box x={MAIN} y={94} w={WIDTH - MAIN - 16} h={24} r={6} fill="control" />
      {FINDER.tabs.map((tab, i) => {
        const x = tabX[i]!;
        return (
          <g key={tab}>
            {i === 0 ? <Box x={x - 4} y={96} w={textWidth(tab, 11) + 8} h={20} r={5} fill="window" edge /> : null}
            <Text x={x} y={110} size={11} tone={i === 0 ? 'text' : 'muted'} weight={i === 0 ? 600 : undefined}>
              {tab}
            </Text>
          </g>
        );
      })}

      <Text x={MAIN + 2} y={146} size={12} weight={600}>
        {FINDER.backups}
      </Text>
      <Radio x={188} y={164} on={false} label={FINDER.icloud(device.noun)} />
      <Radio x={188} y={186} on label={allData} />
      {target === 'all-data' ? <Target x={180} y={177} w={choiceWidth(allData) + 8} h={18} r={6} /> : null}
      <Check x={188} y={208} on label={FINDER.encrypt} />
      <PushButton x={194 + choiceWidth(FINDER.encrypt) + 8} y={198} label={FINDER.changePassword} size={10} height={20} />
      <Text x={182} y={236} size={10.5} tone="muted">
        {`${FINDER.lastBackup} ${SAMPLE.lastBackup}`}
      </Text>
      {buttons.map((text, i) => (
        <PushButton key={text} x={buttonX[i]!} y={248} label={text} />
      ))}
      {target === 'back-up-now' ? <Target x={buttonX[1]!} y={248} w={buttonWidth(FINDER.backUpNow)} h={22} r={6} /> : null}

      <Rule x={MAIN} y={290} w={WIDTH - MAIN - 16} />
      {running ? (
        <>
          <Text x={MAIN + 2} y={310} size={10.5} tone="muted">
            {FINDER.backingUp(fit(device.name, 24))}
          </Text>
          <ProgressBar x={400} y={305} w={140} share={0.4} />
        </>
      ) : (
        <g>
          <rect x={MAIN + 2} y={302} width={120} height={8} rx={3} className="pic-fill-storage-a" />
          <rect x={MAIN + 122} y={302} width={70} height={8} className="pic-fill-storage-b" />
          <rect x={MAIN + 192} y={302} width={176} height={8} rx={3} className="pic-fill-off" />
        </g>
      )}
    </PictureSvg>
  );
}

/**
 * iTunes with the phone's Summary page open, drawn as a Mac app on macOS 10.14 and earlier and as
 * a Windows app (title-bar buttons on the right, a menu bar) on Windows: one target per step.
 */
import { ITUNES, SAMPLE } from '../../../../shared/content/program-labels';
import { MacWindow, PictureSvg, WindowsWindow } from '../kit/Chrome';
import { Box, buttonWidth, Check, choiceWidth, DeviceGlyph, ProgressBar, PushButton, Radio, Rule, Target, Text } from '../kit/Shapes';
import { fit, lineUp, textWidth } from '../kit/text-fit';
import type { ProgramSceneProps } from './FinderScene';

const WIDTH = 560;
const HEIGHT = 330;
const SIDEBAR = 150;
const PLAYER = 56;

/** The top strip every iTunes has: playback buttons, the status display and the search field. */
function Player({ lcdX, searchX, searchW, status }: { lcdX: number; searchX: number; searchW: number; status: string | null }) {
  return (
    <g>
      <path d="M92 22 v12 l-8 -6 Z M102 22 v12 l-8 -6 Z" className="pic-fill-rule" />
      <path d="M114 20 v16 l12 -8 Z" className="pic-fill-rule" />
      <path d="M134 22 v12 l8 -6 Z M144 22 v12 l8 -6 Z" className="pic-fill-rule" />
      <Box x={lcdX} y={8} w={190} h={40} r={4} fill="control" edge />
      {status ? (
        <g>
          <Text x={lcdX + 95} y={24} size={10} anchor="middle">
            {status}
          </Text>
          <ProgressBar x={lcdX + 20} y={32} w={150} share={0.4} />
        </g>
      ) : (
        <rect x={lcdX + 87} y={20} width={16} height={16} rx={8} className="pic-fill-rule" />
      )}
      <Box x={searchX} y={18} w={searchW} h={20} r={10} fill="control" edge />
      <Text x={searchX + 12} y={32} size={10} tone="muted">
        {ITUNES.search}
      </Text>
    </g>
  );
}

/** iTunes on a Mac or on Windows. */
export function ItunesScene({ platform, target, device }: ProgramSceneProps & { platform: 'mac' | 'windows' }) {
  const windows = platform === 'windows';
  const running = target === 'progress';
  const nav = windows ? PLAYER + 20 : PLAYER;
  const top = nav + 28;
  const main = SIDEBAR + 20;
  const right = 364;
  const deviceButton = { x: 112, y: nav + 4, w: 26, h: 20 };
  const menuX = lineUp(ITUNES.windowsMenus, 10, (menu) => textWidth(menu, 11), 12);
  return (
    <PictureSvg width={WIDTH} height={HEIGHT}>
      {windows ? <WindowsWindow width={WIDTH} height={HEIGHT} rounded={false} titleBar={PLAYER} /> : <MacWindow width={WIDTH} height={HEIGHT} toolbar={PLAYER} />}
      <Player
        lcdX={windows ? 150 : 190}
        searchX={windows ? 352 : 420}
        searchW={windows ? 80 : 124}
        status={running ? ITUNES.backingUp(fit(device.name, 16)) : null}
      />
      {running ? <Target x={windows ? 150 : 190} y={8} w={190} h={40} r={4} /> : null}
      {windows ? (
        <g>
          {ITUNES.windowsMenus.map((menu, i) => (
            <Text key={menu} x={menuX[i]!} y={PLAYER + 14} size={11}>
              {menu}
            </Text>
          ))}
          <Rule x={0} y={nav} w={WIDTH} />
        </g>
      ) : null}

      <path d={`M18 ${nav + 9} l-5 5 l5 5 M32 ${nav + 9} l5 5 l-5 5`} className="pic-line-muted" />
      <Text x={50} y={nav + 18} size={11} weight={600}>
        {ITUNES.mediaPicker}
      </Text>
      <path d={`M88 ${nav + 11} l3 -3 l3 3 M88 ${nav + 16} l3 3 l3 -3`} className="pic-line-muted" />
      <Box x={deviceButton.x} y={deviceButton.y} w={deviceButton.w} h={deviceButton.h} r={4} fill={target === 'device' ? 'control' : 'selected'} edge />
      <DeviceGlyph x={deviceButton.x + (device.tablet ? 8 : 9)} y={deviceButton.y + 3} h={14} tablet={device.tablet} />
      {target === 'device' ? <Target x={deviceButton.x} y={deviceButton.y} w={deviceButton.w} h={deviceButton.h} r={4} /> : null}
      <Rule x={0} y={top} w={WIDTH} />

      <Box x={0.5} y={top + 1} w={SIDEBAR} h={HEIGHT - top - 10} fill="sidebar" />
      <DeviceGlyph x={12} y={top + 12} h={20} tablet={device.tablet} />
      <Text x={device.tablet ? 32 : 28} y={top + 22} size={11} weight={600}>
        {fit(device.name, 16)}
      </Text>
      {device.model ? (
        <Text x={device.tablet ? 32 : 28} y={top + 35} size={9.5} tone="muted">
          {fit(device.model, 20)}
        </Text>
      ) : null}
      <Text x={12} y={top + 60} size={10} weight={600} tone="muted">
        {ITUNES.settings}
      </Text>
      <Box x={6} y={top + 66} w={SIDEBAR - 12} h={18} r={4} fill="selected" />
      {ITUNES.pages.map((page, i) => (
        <Text key={page} x={20} y={top + 79 + i * 17} size={11} weight={i === 0 ? 600 : undefined}>
          {page}
        </Text>
      ))}

      <Text x={main} y={top + 30} size={16} weight={700}>
        {fit(device.name, 30)}
      </Text>
      <Text x={main} y={top + 66} size={13} weight={700}>
        {ITUNES.backups}
      </Text>
      <Rule x={main} y={top + 74} w={WIDTH - main - 16} />
      <Text x={main} y={top + 94} size={11} weight={600}>
        {ITUNES.automatically}
      </Text>
      <Radio x={main + 8} y={top + 112} on={false} label={ITUNES.icloud} />
      <Radio x={main + 8} y={top + 132} on label={ITUNES.thisComputer} />
      {target === 'all-data' ? <Target x={main} y={top + 123} w={choiceWidth(ITUNES.thisComputer) + 8} h={18} r={6} /> : null}
      <Check x={main + 8} y={top + 154} on label={ITUNES.encrypt} size={10.5} />
      <PushButton x={main + 2} y={top + 168} label={ITUNES.changePassword} size={10} height={20} corner={windows ? 3 : 6} />

      <Text x={right} y={top + 94} size={10.5} weight={600}>
        {ITUNES.manually}
      </Text>
      <PushButton x={right} y={top + 104} label={ITUNES.backUpNow} corner={windows ? 3 : 6} />
      {target === 'back-up-now' ? <Target x={right} y={top + 104} w={buttonWidth(ITUNES.backUpNow)} h={22} r={windows ? 3 : 6} /> : null}
      <PushButton x={right} y={top + 132} label={ITUNES.restoreBackup} corner={windows ? 3 : 6} />
      <Text x={right} y={top + 174} size={10.5} weight={600}>
        {ITUNES.latestBackup}
      </Text>
      <Text x={right} y={top + 188} size={10.5} tone="muted">
        {`${SAMPLE.lastBackup} ${ITUNES.toThisComputer}`}
      </Text>
    </PictureSvg>
  );
}

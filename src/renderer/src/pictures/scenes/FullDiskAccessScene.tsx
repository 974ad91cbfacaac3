/**
 * Full Disk Access on a Mac: System Settings → Privacy & Security on macOS 13 and later, System
 * Preferences → Security & Privacy → Privacy on macOS 10.14 to 12. The target is the app's switch
 * (or checkbox), or the + button that adds the app when it is not listed yet.
 */
import { FULL_DISK_ACCESS } from '../../../../shared/content/program-labels';
import { MacWindow, PictureSvg } from '../kit/Chrome';
import { Box, Check, Rule, Switch, Target, Text } from '../kit/Shapes';
import { lineUp, textWidth, wrap } from '../kit/text-fit';

const WIDTH = 560;
const HEIGHT = 330;

/** Props for the Full Disk Access picture. */
export interface FullDiskAccessSceneProps {
  settings: 'system-settings' | 'system-preferences';
  target: 'add' | 'switch';
}

/** The + and − buttons under a list of apps, with the + as the target when asked. */
function AddRemove({ x, y, target }: { x: number; y: number; target: boolean }) {
  return (
    <g>
      <Box x={x} y={y} w={48} h={20} r={4} fill="control" edge />
      <rect x={x + 24} y={y} width={1} height={20} className="pic-fill-rule" />
      <Text x={x + 12} y={y + 15} size={14} anchor="middle">
        {FULL_DISK_ACCESS.add}
      </Text>
      <Text x={x + 36} y={y + 15} size={14} anchor="middle" tone="muted">
        {FULL_DISK_ACCESS.remove}
      </Text>
      {target ? <Target x={x} y={y} w={24} h={20} r={4} /> : null}
    </g>
  );
}

/** An app's row in the list: its icon and name. */
function AppRow({ x, y, name, ours }: { x: number; y: number; name: string; ours: boolean }) {
  return (
    <g>
      <rect x={x} y={y - 12} width={18} height={18} rx={5} className={ours ? 'pic-fill-accent' : 'pic-fill-device pic-edge'} />
      <Text x={x + 28} y={y + 2} size={11.5} weight={ours ? 600 : undefined}>
        {name}
      </Text>
    </g>
  );
}

/** macOS 13 and later. */
function SystemSettings({ target }: { target: 'add' | 'switch' }) {
  const main = 200;
  const listWidth = WIDTH - main - 16;
  const apps = target === 'switch' ? [FULL_DISK_ACCESS.otherApp, FULL_DISK_ACCESS.appName] : [FULL_DISK_ACCESS.otherApp];
  return (
    <g>
      <MacWindow width={WIDTH} height={HEIGHT} sidebar={180} />
      <Box x={10} y={36} w={160} h={22} r={6} fill="control" />
      <Text x={20} y={51} size={10.5} tone="muted">
        {FULL_DISK_ACCESS.search}
      </Text>
      {FULL_DISK_ACCESS.sidebar.map((item, i) => {
        const selected = item === FULL_DISK_ACCESS.privacyAndSecurity;
        const y = 72 + i * 26;
        return (
          <g key={item}>
            {selected ? <Box x={8} y={y} w={164} h={24} r={6} fill="accent" /> : null}
            <rect x={16} y={y + 5} width={14} height={14} rx={4} className={selected ? 'pic-fill-knob' : 'pic-fill-rule'} />
            <Text x={38} y={y + 16} size={11.5} tone={selected ? 'on-accent' : 'text'} weight={selected ? 600 : undefined}>
              {item}
            </Text>
          </g>
        );
      })}
      <path d="M206 20 l-5 5 l5 5 M222 20 l5 5 l-5 5" className="pic-line-muted" />
      <Text x={238} y={30} size={13} weight={700}>
        {FULL_DISK_ACCESS.pane}
      </Text>
      {wrap(FULL_DISK_ACCESS.explanation, 62).map((line, i) => (
        <Text key={line} x={main} y={66 + i * 15} size={10.5} tone="muted">
          {line}
        </Text>
      ))}
      <Box x={main} y={118} w={listWidth} h={apps.length * 40} r={8} fill="control" />
      {apps.map((app, i) => {
        const y = 118 + i * 40;
        const ours = app === FULL_DISK_ACCESS.appName;
        return (
          <g key={app}>
            {i > 0 ? <Rule x={main + 12} y={y} w={listWidth - 24} /> : null}
            <AppRow x={main + 12} y={y + 24} name={app} ours={ours} />
            <Switch x={main + listWidth - 50} y={y + 9} on={ours} />
            {ours && target === 'switch' ? <Target x={main + listWidth - 50} y={y + 9} w={38} h={22} r={11} /> : null}
          </g>
        );
      })}
      <AddRemove x={main} y={118 + apps.length * 40 + 12} target={target === 'add'} />
    </g>
  );
}

/** macOS 10.14 to 12. */
function SystemPreferences({ target }: { target: 'add' | 'switch' }) {
  const tabWidths = FULL_DISK_ACCESS.tabs.map((tab) => textWidth(tab, 11) + 20);
  const tabsWidth = tabWidths.reduce((sum, width) => sum + width, 0);
  const tabX = lineUp(tabWidths, WIDTH / 2 - tabsWidth / 2, (width) => width, 0);
  const right = 214;
  const listWidth = WIDTH - right - 20;
  const apps = target === 'switch' ? [FULL_DISK_ACCESS.otherApp, FULL_DISK_ACCESS.appName] : [FULL_DISK_ACCESS.otherApp];
  return (
    <g>
      <MacWindow width={WIDTH} height={HEIGHT} toolbar={40} />
      <Text x={WIDTH / 2} y={25} size={12} weight={600} anchor="middle">
        {FULL_DISK_ACCESS.securityAndPrivacy}
      </Text>
      <Box x={440} y={10} w={106} h={20} r={6} fill="control" edge />
      <Text x={452} y={24} size={10} tone="muted">
        {FULL_DISK_ACCESS.search}
      </Text>
      <Box x={tabX[0]!} y={50} w={tabsWidth} h={20} r={5} fill="control" edge />
      {FULL_DISK_ACCESS.tabs.map((tab, i) => {
        const x = tabX[i]!;
        const selected = tab === FULL_DISK_ACCESS.privacyTab;
        return (
          <g key={tab}>
            {selected ? <Box x={x} y={50} w={tabWidths[i]!} h={20} r={5} fill="accent" /> : null}
            <Text x={x + tabWidths[i]! / 2} y={64} size={11} anchor="middle" tone={selected ? 'on-accent' : 'text'}>
              {tab}
            </Text>
          </g>
        );
      })}
      <Box x={20} y={84} w={176} h={188} r={2} fill="window" edge />
      {FULL_DISK_ACCESS.privacyList.map((item, i) => {
        const selected = item === FULL_DISK_ACCESS.pane;
        const y = 86 + i * 30;
        return (
          <g key={item}>
            {selected ? <Box x={21} y={y} w={174} h={28} fill="accent" /> : null}
            <Text x={34} y={y + 18} size={11} tone={selected ? 'on-accent' : 'text'}>
              {item}
            </Text>
          </g>
        );
      })}
      {wrap(FULL_DISK_ACCESS.explanation, 56).map((line, i) => (
        <Text key={line} x={right} y={96 + i * 14} size={10} tone="muted">
          {line}
        </Text>
      ))}
      <Box x={right} y={148} w={listWidth} h={apps.length * 28 + 8} r={2} fill="window" edge />
      {apps.map((app, i) => {
        const y = 166 + i * 28;
        const ours = app === FULL_DISK_ACCESS.appName;
        return (
          <g key={app}>
            <Check x={right + 16} y={y - 4} on label={app} size={11} />
            {ours && target === 'switch' ? <Target x={right + 10} y={y - 10} w={12} h={12} r={3} /> : null}
          </g>
        );
      })}
      <AddRemove x={right} y={148 + apps.length * 28 + 16} target={target === 'add'} />
      <Rule x={0} y={284} w={WIDTH} />
      <path d="M24 306 h14 v12 h-14 Z M27 306 v-4 a4 4 0 0 1 8 0 v4" className="pic-line" />
      <Text x={48} y={316} size={11}>
        {FULL_DISK_ACCESS.lock}
      </Text>
    </g>
  );
}

/** The Full Disk Access picture for this Mac's settings app. */
export function FullDiskAccessScene({ settings, target }: FullDiskAccessSceneProps) {
  return (
    <PictureSvg width={WIDTH} height={HEIGHT}>
      {settings === 'system-settings' ? <SystemSettings target={target} /> : <SystemPreferences target={target} />}
    </PictureSvg>
  );
}

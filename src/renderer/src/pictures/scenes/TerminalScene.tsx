/** A Linux terminal at each step of a backup with libimobiledevice: the command to type, or what it prints, as the one target. */
import { SAMPLE, TERMINAL } from '../../../../shared/content/program-labels';
import type { ProgramTarget } from '../../../../shared/content/pictures';
import { PictureSvg, TerminalWindow } from '../kit/Chrome';
import { Target, Text, type Tone } from '../kit/Shapes';
import { monoWidth } from '../kit/text-fit';
import type { ProgramSceneProps } from './FinderScene';

const WIDTH = 560;
const HEIGHT = 250;
const SIZE = 12;
const LINE = 22;
const LEFT = 16;

/** One line of the terminal: a typed command after the prompt, or output. */
interface Line {
  text: string;
  command?: boolean;
  tone?: Tone;
  /** The line the picture points at. */
  target?: boolean;
}

function bar(share: number): string {
  const width = 30;
  const done = Math.round(width * share);
  return `[${'='.repeat(done)}${' '.repeat(width - done)}]`;
}

function linesFor(target: ProgramTarget): Line[] {
  switch (target) {
    case 'device':
      return [
        { text: TERMINAL.listDevices, command: true },
        { text: SAMPLE.udid, target: true },
        { text: '', command: true },
      ];
    case 'all-data':
      return [
        { text: TERMINAL.makeFolder, command: true, target: true },
        { text: TERMINAL.encryptionOn, command: true },
        { text: '', command: true },
      ];
    case 'back-up-now':
      return [{ text: TERMINAL.backUp, command: true, target: true }];
    case 'progress':
      return [
        { text: TERMINAL.backUp, command: true },
        { text: TERMINAL.startingBackup, tone: 'term-muted' },
        { text: TERMINAL.fullBackupMode, tone: 'term-muted' },
        { text: `${bar(1)} ${TERMINAL.finished(100)}`, tone: 'term-muted' },
        { text: TERMINAL.successful, tone: 'term-accent', target: true },
        { text: '', command: true },
      ];
  }
}

/** The terminal window. */
export function TerminalScene({ target }: ProgramSceneProps) {
  const lines = linesFor(target);
  const promptWidth = monoWidth(`${TERMINAL.prompt} `, SIZE);
  return (
    <PictureSvg width={WIDTH} height={HEIGHT}>
      <TerminalWindow width={WIDTH} height={HEIGHT} title={TERMINAL.title} />
      {lines.map((line, i) => {
        const y = 62 + i * LINE;
        const x = line.command ? LEFT + promptWidth : LEFT;
        const last = i === lines.length - 1 && line.command;
        return (
          <g key={`${i}-${line.text}`}>
            {line.command ? (
              <Text x={LEFT} y={y} size={SIZE} mono tone="term-accent" weight={700}>
                {TERMINAL.prompt}
              </Text>
            ) : null}
            <Text x={x} y={y} size={SIZE} mono tone={line.tone ?? 'term'}>
              {line.text}
            </Text>
            {last ? <rect x={x + monoWidth(line.text, SIZE) + (line.text ? 4 : 0)} y={y - 11} width={7} height={14} className="pic-cursor" /> : null}
            {line.target ? <Target x={x - 2} y={y - 10} w={monoWidth(line.text, SIZE) + 4} h={13} r={4} /> : null}
          </g>
        );
      })}
    </PictureSvg>
  );
}

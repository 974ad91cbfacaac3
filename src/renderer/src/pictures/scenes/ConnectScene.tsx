/** A laptop and the phone joined by a USB cable, with the plug in the computer's port as the target. */
import { SAMPLE } from '../../../../shared/content/program-labels';
import type { PictureDevice } from '../../../../shared/content/pictures';
import { PictureSvg } from '../kit/Chrome';
import { Box, Target, Text } from '../kit/Shapes';

const WIDTH = 560;
const HEIGHT = 236;

/** What the laptop's screen shows, so the computer reads as a Mac, a Windows PC or a Linux machine. */
function Desktop({ computer }: { computer: 'mac' | 'windows' | 'linux' }) {
  switch (computer) {
    case 'mac':
      return (
        <g>
          <rect x={56} y={40} width={248} height={10} className="pic-fill-bar" />
          <Box x={120} y={146} w={120} h={20} r={6} fill="bar" />
          {[0, 1, 2, 3, 4].map((i) => (
            <rect key={i} x={128 + i * 22} y={149} width={14} height={14} rx={4} className={i === 0 ? 'pic-fill-accent' : 'pic-fill-sheet'} />
          ))}
        </g>
      );
    case 'windows':
      return (
        <g>
          <rect x={56} y={156} width={248} height={14} className="pic-fill-bar" />
          <path d="M170 159 h4 v4 h-4 Z M175 159 h4 v4 h-4 Z M170 164 h4 v4 h-4 Z M175 164 h4 v4 h-4 Z" className="pic-fill-accent" />
          {[0, 1, 2].map((i) => (
            <rect key={i} x={186 + i * 12} y={160} width={8} height={7} rx={1.5} className="pic-fill-sheet" />
          ))}
        </g>
      );
    case 'linux':
      return <rect x={56} y={40} width={248} height={12} className="pic-fill-bar" />;
  }
}

/** The laptop, the cable and the phone. */
export function ConnectScene({ computer, device }: { computer: 'mac' | 'windows' | 'linux'; device: PictureDevice }) {
  const phone = device.tablet ? { x: 420, y: 48, w: 96, h: 132 } : { x: 440, y: 48, w: 64, h: 132 };
  const port = { x: phone.x + phone.w / 2, y: phone.y + phone.h };
  return (
    <PictureSvg width={WIDTH} height={HEIGHT}>
      <Box x={44} y={28} w={272} h={154} r={10} fill="device" edge />
      <Box x={56} y={40} w={248} h={130} r={2} fill="screen" />
      <Desktop computer={computer} />
      <path d="M20 182 H340 L328 198 H32 Z" className="pic-fill-selected pic-edge" />
      <rect x={338} y={186} width={14} height={8} rx={1.5} className="pic-fill-device" />
      <path d={`M352 190 C400 190 ${port.x} 236 ${port.x} ${port.y + 8}`} className="pic-cable" />
      <rect x={port.x - 5} y={port.y} width={10} height={10} rx={2} className="pic-fill-device" />
      <Target x={334} y={182} w={22} h={16} r={4} />
      <Box x={phone.x} y={phone.y} w={phone.w} h={phone.h} r={device.tablet ? 10 : 14} fill="device" edge />
      <Box x={phone.x + 4} y={phone.y + 4} w={phone.w - 8} h={phone.h - 8} r={device.tablet ? 7 : 11} fill="screen" />
      <Text x={phone.x + phone.w / 2} y={phone.y + 40} size={18} weight={300} anchor="middle" tone="on-screen">
        {SAMPLE.clock}
      </Text>
      <path d={`M${phone.x + phone.w / 2 - 6} ${phone.y + 104} h12 v9 h-12 Z M${phone.x + phone.w / 2 - 4} ${phone.y + 104} v-5 a4 4 0 0 1 8 0`} className="pic-unlocked" />
    </PictureSvg>
  );
}

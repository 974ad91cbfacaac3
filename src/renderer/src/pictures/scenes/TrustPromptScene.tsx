/** The phone's "Trust This Computer?" question over its dimmed lock screen, with Trust as the target. */
import { SAMPLE, TRUST_PROMPT } from '../../../../shared/content/program-labels';
import type { PictureDevice } from '../../../../shared/content/pictures';
import { deviceFrame, PhoneBody, PictureSvg } from '../kit/Chrome';
import { Box, Rule, Target, Text } from '../kit/Shapes';
import { wrap } from '../kit/text-fit';

/** The phone with the question on its screen. */
export function TrustPromptScene({ device }: { device: PictureDevice }) {
  const frame = deviceFrame(device.tablet);
  const { screen } = frame;
  const center = frame.width / 2;
  const width = device.tablet ? 230 : 180;
  const left = center - width / 2;
  const body = wrap(TRUST_PROMPT.body, device.tablet ? 40 : 32);
  const top = 118;
  const buttons = top + 70 + body.length * 14;
  return (
    <PictureSvg width={frame.width} height={frame.shown}>
      <PhoneBody tablet={device.tablet} />
      <Text x={center} y={screen.y + 78} size={40} weight={300} anchor="middle" tone="on-screen">
        {SAMPLE.clock}
      </Text>
      <Box x={screen.x} y={screen.y} w={screen.w} h={screen.h} r={screen.r} fill="dim" />
      <Box x={left} y={top} w={width} h={buttons - top + 44} r={14} fill="sheet" />
      <Text x={center} y={top + 30} size={13} weight={700} anchor="middle">
        {TRUST_PROMPT.title}
      </Text>
      {body.map((line, i) => (
        <Text key={line} x={center} y={top + 52 + i * 14} size={10} anchor="middle">
          {line}
        </Text>
      ))}
      <Rule x={left} y={buttons} w={width} />
      <rect x={center} y={buttons} width={1} height={44} className="pic-fill-rule" />
      <Text x={left + width / 4} y={buttons + 27} size={13} weight={600} anchor="middle" tone="accent">
        {TRUST_PROMPT.trust}
      </Text>
      <Text x={left + (3 * width) / 4} y={buttons + 27} size={13} anchor="middle" tone="accent">
        {TRUST_PROMPT.dontTrust}
      </Text>
      <Target x={left + 6} y={buttons + 6} w={width / 2 - 12} h={32} r={8} />
    </PictureSvg>
  );
}

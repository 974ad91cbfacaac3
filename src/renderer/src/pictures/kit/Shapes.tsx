/**
 * The parts the pictures are drawn from: text, areas, controls and the one highlighted target.
 * No colors here: each part carries a class that pictures.css colors for light, dark and Windows
 * high-contrast mode (SVG attributes cannot read CSS custom properties; classes can).
 */
import { textWidth } from './text-fit';

/** How a piece of text is colored. */
export type Tone = 'text' | 'muted' | 'accent' | 'on-accent' | 'on-screen' | 'term' | 'term-muted' | 'term-accent';

/** Props for a piece of text; `x`, `y` is the start (or middle, or end) of its baseline. */
export interface TextProps {
  x: number;
  y: number;
  size?: number;
  tone?: Tone;
  weight?: number;
  anchor?: 'start' | 'middle' | 'end';
  mono?: boolean;
  children: string;
}

/** One line of text. */
export function Text({ x, y, size = 11, tone = 'text', weight, anchor, mono = false, children }: TextProps) {
  return (
    <text x={x} y={y} fontSize={size} fontWeight={weight} textAnchor={anchor} className={`pic-${tone}${mono ? ' pic-mono' : ''}`}>
      {children}
    </text>
  );
}

/** What an area is, which decides its color. */
export type Fill =
  | 'window'
  | 'sidebar'
  | 'bar'
  | 'control'
  | 'selected'
  | 'accent'
  | 'rule'
  | 'screen'
  | 'sheet'
  | 'dim'
  | 'term'
  | 'green'
  | 'off'
  | 'knob'
  | 'device';

/** Props for an area. */
export interface BoxProps {
  x: number;
  y: number;
  w: number;
  h: number;
  r?: number;
  fill: Fill;
  /** Draws its edge too, for windows and controls that sit on the same color as their surroundings. */
  edge?: boolean;
}

/** A rectangle, rounded by `r`. */
export function Box({ x, y, w, h, r = 0, fill, edge = false }: BoxProps) {
  return <rect x={x} y={y} width={w} height={h} rx={r} className={`pic-fill-${fill}${edge ? ' pic-edge' : ''}`} />;
}

/** A one-pixel line across. */
export function Rule({ x, y, w }: { x: number; y: number; w: number }) {
  return <rect x={x} y={y} width={w} height={1} className="pic-fill-rule" />;
}

/** Props for a labeled control; `x`, `y` is the middle of its round or square mark. */
export interface ChoiceProps {
  x: number;
  y: number;
  on: boolean;
  label: string;
  size?: number;
}

/** The width a radio button or checkbox takes with its label, for the target drawn around it. */
export function choiceWidth(label: string, size = 11): number {
  return 13 + textWidth(label, size);
}

/** A radio button with its label. */
export function Radio({ x, y, on, label, size = 11 }: ChoiceProps) {
  return (
    <g>
      <circle cx={x} cy={y} r={6} className={on ? 'pic-fill-accent' : 'pic-fill-control pic-edge'} />
      {on ? <circle cx={x} cy={y} r={2.4} className="pic-fill-knob" /> : null}
      <Text x={x + 12} y={y + 4} size={size}>
        {label}
      </Text>
    </g>
  );
}

/** A checkbox with its label. */
export function Check({ x, y, on, label, size = 11 }: ChoiceProps) {
  return (
    <g>
      <rect x={x - 6} y={y - 6} width={12} height={12} rx={3} className={on ? 'pic-fill-accent' : 'pic-fill-control pic-edge'} />
      {on ? <path d={`M${x - 3} ${y} l2 2.5 l4 -5`} className="pic-tick" /> : null}
      <Text x={x + 12} y={y + 4} size={size}>
        {label}
      </Text>
    </g>
  );
}

/** The width of a push button for `label`. */
export function buttonWidth(label: string, size = 11): number {
  return textWidth(label, size) + 22;
}

/** Props for a push button; `x`, `y` is its top left. */
export interface PushButtonProps {
  x: number;
  y: number;
  label: string;
  size?: number;
  /** The window's default button, filled with the accent color. */
  primary?: boolean;
  /** Windows buttons are squarer than the Mac's. */
  corner?: number;
  height?: number;
}

/** A button with its label centered. */
export function PushButton({ x, y, label, size = 11, primary = false, corner = 6, height = 22 }: PushButtonProps) {
  const width = buttonWidth(label, size);
  return (
    <g>
      <rect x={x} y={y} width={width} height={height} rx={corner} className={primary ? 'pic-fill-accent' : 'pic-fill-control pic-edge'} />
      <Text x={x + width / 2} y={y + height / 2 + size * 0.36} size={size} anchor="middle" tone={primary ? 'on-accent' : 'text'} weight={primary ? 600 : undefined}>
        {label}
      </Text>
    </g>
  );
}

/** An on/off switch, 38 by 22, from its top left. */
export function Switch({ x, y, on }: { x: number; y: number; on: boolean }) {
  return (
    <g>
      <rect x={x} y={y} width={38} height={22} rx={11} className={on ? 'pic-fill-green' : 'pic-fill-off'} />
      <circle cx={on ? x + 27 : x + 11} cy={y + 11} r={9} className="pic-fill-knob pic-edge" />
    </g>
  );
}

/** Props for the highlighted target: the box of the thing to click or tap. */
export interface TargetProps {
  x: number;
  y: number;
  w: number;
  h: number;
  r?: number;
}

/**
 * The one thing to click or tap, ringed a few pixels outside its box. Marked with
 * `data-picture-target` so a test can count that every picture has exactly one.
 */
export function Target({ x, y, w, h, r = 8 }: TargetProps) {
  const pad = 4;
  return <rect x={x - pad} y={y - pad} width={w + 2 * pad} height={h + 2 * pad} rx={r + pad / 2} className="pic-target" data-picture-target="" />;
}

/** A small phone or tablet outline, as the programs draw the device beside its name. */
export function DeviceGlyph({ x, y, h, tablet }: { x: number; y: number; h: number; tablet: boolean }) {
  const w = tablet ? h * 0.75 : h * 0.5;
  return (
    <g>
      <rect x={x} y={y} width={w} height={h} rx={Math.max(2, h / 9)} className="pic-line" />
      <rect x={x + w / 2 - h / 14} y={y + h / 14} width={h / 7} height={h / 28 + 0.5} rx={1} className="pic-fill-rule" />
    </g>
  );
}

/** A progress circle: a faint ring and the share done drawn over it, from twelve o'clock. */
export function ProgressRing({ cx, cy, r, share }: { cx: number; cy: number; r: number; share: number }) {
  const angle = 2 * Math.PI * share;
  const end = { x: cx + r * Math.sin(angle), y: cy - r * Math.cos(angle) };
  return (
    <g>
      <circle cx={cx} cy={cy} r={r} className="pic-track" />
      <path d={`M${cx} ${cy - r} A${r} ${r} 0 ${share > 0.5 ? 1 : 0} 1 ${end.x.toFixed(2)} ${end.y.toFixed(2)}`} className="pic-progress" />
    </g>
  );
}

/** A thin progress bar, `share` of it done. */
export function ProgressBar({ x, y, w, share }: { x: number; y: number; w: number; share: number }) {
  return (
    <g>
      <rect x={x} y={y} width={w} height={4} rx={2} className="pic-fill-off" />
      <rect x={x} y={y} width={w * share} height={4} rx={2} className="pic-fill-accent" />
    </g>
  );
}

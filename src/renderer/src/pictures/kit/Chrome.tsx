/**
 * The frames the pictures sit in: the svg itself, a Mac window, a Windows window, a Linux
 * terminal and a phone, so each program is recognizable at a glance by its own chrome.
 */
import type { ReactNode } from 'react';
import { Box, Text } from './Shapes';

/** Props for a picture's svg element. */
export interface PictureSvgProps {
  width: number;
  height: number;
  children: ReactNode;
}

/** The drawing, scaled to its box; its figure carries the words that describe it. */
export function PictureSvg({ width, height, children }: PictureSvgProps) {
  return (
    <svg viewBox={`0 0 ${width} ${height}`} className="picture-svg">
      {children}
    </svg>
  );
}

/** Props for a Mac window. */
export interface MacWindowProps {
  width: number;
  height: number;
  /** Width of the sidebar down the left, 0 for none. */
  sidebar?: number;
  /** Height of a toolbar across the top, drawn in the bar color. */
  toolbar?: number;
}

/** The sidebar's outline: rounded where it meets the window's corners, square where it meets the toolbar. */
function sidebarPath(width: number, height: number, toolbar: number): string {
  const top = toolbar > 0 ? `M${width} ${toolbar} H0.5` : `M${width} 0.5 H10.5 A10 10 0 0 0 0.5 10.5`;
  return `${top} V${height - 10.5} A10 10 0 0 0 10.5 ${height - 0.5} H${width} Z`;
}

/** A Mac window: rounded corners, the three buttons at the top left, and an optional sidebar and toolbar. */
export function MacWindow({ width, height, sidebar = 0, toolbar = 0 }: MacWindowProps) {
  return (
    <g>
      <Box x={0.5} y={0.5} w={width - 1} h={height - 1} r={10} fill="window" edge />
      {toolbar > 0 ? <path d={`M0.5 ${toolbar} V10.5 A10 10 0 0 1 10.5 0.5 H${width - 10.5} A10 10 0 0 1 ${width - 0.5} 10.5 V${toolbar} Z`} className="pic-fill-bar" /> : null}
      {sidebar > 0 ? <path d={sidebarPath(sidebar, height, toolbar)} className="pic-fill-sidebar" /> : null}
      <circle cx={18} cy={18} r={6} className="pic-mac-close" />
      <circle cx={38} cy={18} r={6} className="pic-mac-minimize" />
      <circle cx={58} cy={18} r={6} className="pic-mac-zoom" />
    </g>
  );
}

/** Props for a Windows window. */
export interface WindowsWindowProps {
  width: number;
  height: number;
  /** The text in the title bar; none for iTunes, which draws its own top bar. */
  title?: string;
  /** Windows 11 rounds its corners; Windows 10 does not. */
  rounded: boolean;
  titleBar?: number;
}

/** A Windows window: the title at the left of the title bar, and minimize, maximize and close at the right. */
export function WindowsWindow({ width, height, title, rounded, titleBar = 32 }: WindowsWindowProps) {
  const corner = rounded ? 8 : 0;
  const mid = titleBar / 2;
  const right = width - 16;
  return (
    <g>
      <Box x={0.5} y={0.5} w={width - 1} h={height - 1} r={corner} fill="window" edge />
      <path d={`M0.5 ${titleBar} V${corner + 0.5} ${corner ? `A${corner} ${corner} 0 0 1 ${corner + 0.5} 0.5` : ''} H${width - corner - 0.5} ${corner ? `A${corner} ${corner} 0 0 1 ${width - 0.5} ${corner + 0.5}` : ''} V${titleBar} Z`} className="pic-fill-bar" />
      {title ? (
        <>
          <rect x={12} y={mid - 6} width={12} height={12} rx={3} className="pic-fill-accent" />
          <Text x={32} y={mid + 4} size={11}>
            {title}
          </Text>
        </>
      ) : null}
      <path d={`M${right - 96} ${mid} h10`} className="pic-line-muted" />
      <rect x={right - 53} y={mid - 5} width={10} height={10} className="pic-line-muted" />
      <path d={`M${right - 10} ${mid - 5} l10 10 M${right} ${mid - 5} l-10 10`} className="pic-line-muted" />
    </g>
  );
}

/** A Linux terminal: a header bar with its title and a close button, over the text area. */
export function TerminalWindow({ width, height, title }: { width: number; height: number; title: string }) {
  return (
    <g>
      <Box x={0.5} y={0.5} w={width - 1} h={height - 1} r={10} fill="term" edge />
      <path d={`M0.5 34 V10.5 A10 10 0 0 1 10.5 0.5 H${width - 10.5} A10 10 0 0 1 ${width - 0.5} 10.5 V34 Z`} className="pic-fill-bar" />
      <Text x={width / 2} y={22} size={12} weight={600} anchor="middle">
        {title}
      </Text>
      <circle cx={width - 20} cy={17} r={9} className="pic-fill-control" />
      <path d={`M${width - 23.5} 13.5 l7 7 M${width - 16.5} 13.5 l-7 7`} className="pic-line" />
    </g>
  );
}

/**
 * The outer size of a phone or tablet, the screen inside it, and how much of it a picture shows:
 * the top part, where the question or setting is, as if the phone rose from the bottom edge.
 */
export function deviceFrame(tablet: boolean) {
  return tablet
    ? { width: 320, height: 440, shown: 330, screen: { x: 14, y: 14, w: 292, h: 412, r: 14 } }
    : { width: 240, height: 440, shown: 320, screen: { x: 10, y: 10, w: 220, h: 420, r: 30 } };
}

/** A phone (or tablet) body with its screen; the screen's contents are drawn over it by the caller. */
export function PhoneBody({ tablet, screen = 'screen' }: { tablet: boolean; screen?: 'screen' | 'sheet' }) {
  const frame = deviceFrame(tablet);
  const { x, y, w, h, r } = frame.screen;
  return (
    <g>
      <rect x={0.5} y={0.5} width={frame.width - 1} height={frame.height - 1} rx={tablet ? 24 : 36} className="pic-fill-device pic-edge" />
      <rect x={x} y={y} width={w} height={h} rx={r} className={`pic-fill-${screen}`} />
      {tablet ? null : <rect x={frame.width / 2 - 30} y={y + 8} width={60} height={16} rx={8} className="pic-fill-device" />}
    </g>
  );
}

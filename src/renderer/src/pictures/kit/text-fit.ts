/**
 * Rough text measure for the pictures. SVG text neither wraps nor clips, and the pictures are
 * drawn before any font is known, so widths are estimated generously from the character count.
 */

/** Average advance of a character in the system's UI font, as a share of the font size; on the wide side, so nothing overlaps. */
const AVERAGE_ADVANCE = 0.53;

/** The estimated width of `text` at `size`. */
export function textWidth(text: string, size: number): number {
  return Math.ceil(text.length * size * AVERAGE_ADVANCE);
}

/** `text` cut to at most `max` characters, with an ellipsis when cut (a phone may carry a long name). */
export function fit(text: string, max: number): string {
  const chars = [...text];
  return chars.length <= max ? text : `${chars.slice(0, Math.max(1, max - 1)).join('').trimEnd()}…`;
}

/** `text` broken into lines of at most `max` characters, at spaces. */
export function wrap(text: string, max: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(' ')) {
    if (line && line.length + 1 + word.length > max) {
      lines.push(line);
      line = word;
    } else {
      line = line ? `${line} ${word}` : word;
    }
  }
  if (line) lines.push(line);
  return lines;
}

/** The width of `text` in a monospaced font at `size`. */
export function monoWidth(text: string, size: number): number {
  return Math.ceil(text.length * size * 0.61);
}

/** Where each of a row of items starts, from `start`, each `widthOf` wide with `gap` between. */
export function lineUp<T>(items: readonly T[], start: number, widthOf: (item: T) => number, gap: number): number[] {
  return items.reduce<number[]>((starts, item, i) => [...starts, i === 0 ? start : starts[i - 1]! + widthOf(items[i - 1]!) + gap], []);
}

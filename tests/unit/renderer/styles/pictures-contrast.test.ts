import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

/**
 * The pictures' text is drawn in SVG, where axe cannot work out the background behind it (and a
 * picture's text is exempt from WCAG's contrast rule anyway). The pictures still promise legible
 * labels, so every text color is checked here against each surface it is drawn on, in light and dark.
 */
const CSS = readFileSync(join(process.cwd(), 'src/renderer/src/styles/pictures.css'), 'utf8');

function palette(block: string): Record<string, string> {
  return Object.fromEntries([...block.matchAll(/--pic-([a-z-]+):\s*(#[0-9a-f]{6})\s*;/gi)].map((match) => [match[1]!, match[2]!.toLowerCase()]));
}

function firstBlock(after: string): string {
  const start = CSS.indexOf(after);
  if (start < 0) throw new Error(`no ${after} in pictures.css`);
  const open = CSS.indexOf('.picture {', start);
  return CSS.slice(open, CSS.indexOf('}', open));
}

const LIGHT = palette(firstBlock('.picture {'));
// Dark mode overrides some colors and inherits the rest.
const SCHEMES = { light: LIGHT, dark: { ...LIGHT, ...palette(firstBlock('@media (prefers-color-scheme: dark)')) } };

function luminance(hex: string): number {
  const [r, g, b] = [1, 3, 5].map((i) => Number.parseInt(hex.slice(i, i + 2), 16) / 255).map((c) => (c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4)) as [number, number, number];
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

/** WCAG's contrast ratio of two colors. */
function contrast(a: string, b: string): number {
  const [light, dark] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (light + 0.05) / (dark + 0.05);
}

/** Each text color and the surfaces the pictures draw it on. */
const PAIRS: Array<[string, string]> = [
  ['text', 'window'],
  ['text', 'sidebar'],
  ['text', 'bar'],
  ['text', 'control'],
  ['text', 'selected'],
  ['text', 'sheet'],
  ['muted', 'window'],
  ['muted', 'sidebar'],
  ['muted', 'bar'],
  ['muted', 'control'],
  ['link', 'window'],
  ['link', 'sheet'],
  ['on-accent', 'accent'],
  ['on-screen', 'screen'],
  ['term-text', 'term'],
  ['term-muted', 'term'],
  ['term-accent', 'term'],
];

describe('pictures.css', () => {
  it('reads both palettes', () => {
    for (const colors of Object.values(SCHEMES)) expect(Object.keys(colors).length).toBeGreaterThan(20);
  });

  for (const [scheme, colors] of Object.entries(SCHEMES)) {
    it(`draws every label at 4.5:1 or more against what is behind it, in ${scheme} mode`, () => {
      const weak = PAIRS.filter(([text, surface]) => contrast(colors[text]!, colors[surface]!) < 4.5).map(
        ([text, surface]) => `${text} on ${surface}: ${contrast(colors[text]!, colors[surface]!).toFixed(2)}`,
      );
      expect(weak).toEqual([]);
    });
  }

  it('rings the target in a color that stands out from the window, in both modes', () => {
    for (const colors of Object.values(SCHEMES)) expect(contrast(colors.target!, colors.window!)).toBeGreaterThanOrEqual(3);
  });
});

/**
 * Figure 1, renderer weight: the gzipped JavaScript the app's first screen loads, as a ratio to
 * a bare React "hello" page built by the same Vite and React plugin. React is the floor; the
 * rest is what the app adds before anyone opens a second screen. The weight of every chunk,
 * lazy screens included, is printed alongside for information.
 */
import { formatKb, formatRatio, withinBudget, type Figure } from './support/measure';
import { scriptWeight } from './support/renderer-chunks';

/** The budget: at most this many times the hello page. */
export const RENDERER_WEIGHT_BUDGET = 1.5;

/** Weighs the built renderer in `appDir` against the hello page in `helloDir`. */
export function rendererWeight(appDir: string, helloDir: string): Figure {
  const app = scriptWeight(appDir);
  const hello = scriptWeight(helloDir);
  const ratio = app.initialBytes / hello.initialBytes;
  return {
    number: 1,
    title: 'Renderer weight',
    result:
      `${formatRatio(ratio)} the bare React page (first screen ${formatKb(app.initialBytes)} gzipped in ${app.initialFiles.length} file(s) ` +
      `vs ${formatKb(hello.initialBytes)}; all chunks ${formatKb(app.allBytes)}, ${formatRatio(app.allBytes / hello.allBytes)})`,
    budget: `≤ ${RENDERER_WEIGHT_BUDGET}×`,
    verdict: withinBudget(ratio, RENDERER_WEIGHT_BUDGET),
  };
}

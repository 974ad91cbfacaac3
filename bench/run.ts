/**
 * `npm run bench`: builds the app and the bare React page, starts the simulated world, measures
 * the five figures and prints one line each with its budget, then the date and the machine.
 * Exits 1 when a budgeted figure misses or any figure cannot be measured, so it can gate a build.
 * `--only 1,4` measures just those figures. Progress goes to stderr; stdout holds the report.
 */
import os from 'node:os';
import { chromium, type Browser } from '@playwright/test';
import { chromiumLaunchOptions } from '../tests/support/chromium';
import { serveDirectory } from '../tests/support/e2e/static-server';
import { createScriptedUsbSource } from '../tests/support/usb/scripted-usb-source';
import { backupScan } from './backup-scan';
import { idleCost } from './idle-cost';
import { plugInToScreen } from './plug-in';
import { rendererWeight } from './renderer-weight';
import { startup } from './startup';
import { verification } from './verification';
import { openAppPage } from './support/app-page';
import { buildApp, buildHelloPage, RENDERER_DIR, type BuiltPage } from './support/builds';
import { formatFigure, type Figure } from './support/measure';
import { startWorld, type BenchWorld } from './support/world';

const TITLES: Record<number, string> = { 1: 'Renderer weight', 2: 'Backup scan', 3: 'Plug-in to screen', 4: 'Idle cost', 5: 'Startup', 6: 'Verification' };

const FIGURES = [1, 2, 3, 4, 5, 6];

/** Which figures to measure, from `--only 1,4`; all of them without it; null for a bad request. */
function chosenFigures(args: readonly string[]): number[] | null {
  const at = args.indexOf('--only');
  if (at === -1) return args.length === 0 ? FIGURES : null;
  const numbers = (args[at + 1] ?? '').split(',').map(Number);
  return args.length === 2 && numbers.length > 0 && numbers.every((n) => FIGURES.includes(n)) ? [...new Set(numbers)].sort() : null;
}

function progress(line: string): void {
  process.stderr.write(`bench: ${line}\n`);
}

/** Measures one figure; one that cannot be measured is reported as missed, with why. */
async function measure(number: number, work: () => Promise<Figure> | Figure): Promise<Figure> {
  progress(`measuring ${number}. ${TITLES[number]}…`);
  try {
    return await work();
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    return { number, title: TITLES[number] as string, result: `could not be measured: ${message}`, budget: 'n/a', verdict: 'MISS' };
  }
}

/** Figures 3 and 5, which share one browser and one core. */
async function pageFigures(world: BenchWorld, hello: BuiltPage, wanted: number[], browser: Browser): Promise<Figure[]> {
  const appServer = await serveDirectory(RENDERER_DIR);
  const helloServer = await serveDirectory(hello.dir);
  const context = await browser.newContext();
  const usb = createScriptedUsbSource();
  const app = await openAppPage(context, world.probes({ usb }));
  try {
    await app.page.goto(appServer.url);
    const figures: Figure[] = [];
    if (wanted.includes(3)) figures.push(await measure(3, () => plugInToScreen({ page: app.page, usb, usbmuxd: world.usbmuxd })));
    if (wanted.includes(5)) figures.push(await measure(5, () => startup(context, app, { app: appServer.url, hello: helloServer.url })));
    return figures;
  } finally {
    await app.close();
    await context.close();
    await appServer.close();
    await helloServer.close();
  }
}

function machine(browserVersion: string | null): string {
  const cpus = os.cpus();
  const memory = `${Math.round(os.totalmem() / 2 ** 30)} GB`;
  const chromiumPart = browserVersion ? `, Chromium ${browserVersion}` : '';
  return `${cpus.length} cores (${cpus[0]?.model.trim() ?? 'unknown CPU'}), ${memory}, ${os.type()} ${os.release()}, Node ${process.versions.node}${chromiumPart}`;
}

async function main(args: string[]): Promise<number> {
  const wanted = chosenFigures(args);
  if (!wanted) {
    process.stderr.write('Usage: npm run bench [-- --only 1,2,3,4,5,6]\n');
    return 2;
  }
  progress('building the app and the bare React page…');
  await buildApp();
  const hello = await buildHelloPage();
  const figures: Figure[] = [];
  let world: BenchWorld | null = null;
  let browser: Browser | null = null;
  let browserVersion: string | null = null;
  try {
    if (wanted.includes(1)) figures.push(await measure(1, () => rendererWeight(RENDERER_DIR, hello.dir)));
    if (wanted.some((n) => n > 1 && n < 6)) {
      progress('writing the backups and starting the test usbmuxd and status feed…');
      world = await startWorld();
    }
    if (world && wanted.includes(2)) figures.push(await measure(2, () => backupScan(world as BenchWorld)));
    if (world && (wanted.includes(3) || wanted.includes(5))) {
      browser = await chromium.launch({ ...chromiumLaunchOptions(), headless: true });
      browserVersion = browser.version();
      figures.push(...(await pageFigures(world, hello, wanted, browser)));
      await browser.close();
      browser = null;
    }
    // Last, with the browser closed, so nothing else of the bench's runs while the core idles.
    if (world && wanted.includes(4)) figures.push(await measure(4, () => idleCost(world as BenchWorld, progress)));
    // Needs no world: it writes (and removes) a backup of its own, the size of a well-used phone's.
    if (wanted.includes(6)) figures.push(await measure(6, () => verification(progress)));
  } finally {
    await browser?.close();
    await world?.stop();
    hello.remove();
  }
  figures.sort((a, b) => a.number - b.number);
  process.stdout.write(`${figures.map(formatFigure).join('\n')}\n`);
  process.stdout.write(`Measured ${new Date().toISOString().slice(0, 10)} on ${machine(browserVersion)}.\n`);
  return figures.some((figure) => figure.verdict === 'MISS') ? 1 : 0;
}

main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (error: unknown) => {
    process.stderr.write(`bench: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
    process.exit(1);
  },
);

/**
 * Figure 5, startup: from navigation start to the overview's first meaningful content (the
 * "next step" card, which needs the first snapshot and the saved progress through the bridge)
 * for the built renderer, as a ratio to the bare React page's time to its heading. Both are
 * served alike and timed inside the page; loads alternate, the figure is the ratio of the medians.
 */
import type { BrowserContext } from '@playwright/test';
import type { AppPage } from './support/app-page';
import { loadUntilFirstContent, markFirstContent } from './support/app-page';
import { alternate, formatMs, formatRatio, median, type Figure } from './support/measure';

const ROUNDS = 15;
const WARMUPS = 2;

/** Where the two pages are served. */
export interface StartupUrls {
  app: string;
  hello: string;
}

/** Measures loading the app against loading the hello page. */
export async function startup(context: BrowserContext, app: AppPage, urls: StartupUrls): Promise<Figure> {
  const hello = await context.newPage();
  try {
    await markFirstContent(hello, 'h1');
    await markFirstContent(app.page, '[data-testid="next-step"]');
    const samples = await alternate(
      { subject: () => loadUntilFirstContent(app.page, urls.app), baseline: () => loadUntilFirstContent(hello, urls.hello) },
      ROUNDS,
      WARMUPS,
    );
    const appMs = median(samples.subject);
    const helloMs = median(samples.baseline);
    return {
      number: 5,
      title: 'Startup',
      result: `${formatRatio(appMs / helloMs)} the bare React page (overview's next step at ${formatMs(appMs)} vs hello at ${formatMs(helloMs)}, median of ${ROUNDS})`,
      budget: 'report only',
      verdict: 'REPORT',
    };
  } finally {
    await hello.close();
  }
}

/**
 * The Content-Security-Policy at work in Chromium, on the built page: the app runs every screen
 * without a single violation, and everything a hostile script might try — reach a server, load a
 * picture, script, style or frame from elsewhere, run code from a string, post a form, start a
 * worker — is refused before a byte leaves. A second local server stands in for "elsewhere" and
 * counts what reaches it: nothing.
 */
import { createServer, type Server } from 'node:http';
import { test, expect } from '../support/e2e/app-fixture';
import { createHostProbe } from '../../src/main/core/probes/host';

/** Records every violation the page reports, from before its first script runs. */
const RECORD_VIOLATIONS = `
  window.__violations = [];
  document.addEventListener('securitypolicyviolation', (event) => {
    window.__violations.push({ directive: event.effectiveDirective, blocked: event.blockedURI });
  });
`;

interface Elsewhere {
  origin: string;
  hits: string[];
  close(): Promise<void>;
}

/** A server on another origin that answers everything, and counts it. */
async function elsewhere(): Promise<Elsewhere> {
  const hits: string[] = [];
  const server: Server = createServer((request, response) => {
    hits.push(`${request.method} ${request.url}`);
    response.writeHead(200, { 'access-control-allow-origin': '*', 'content-type': 'text/plain' }).end('reached');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  return {
    origin: `http://127.0.0.1:${port}`,
    hits,
    close: () => {
      server.closeAllConnections();
      return new Promise((resolve) => server.close(() => resolve()));
    },
  };
}

async function violations(page: import('@playwright/test').Page): Promise<Array<{ directive: string; blocked: string }>> {
  return page.evaluate(() => (window as unknown as { __violations: Array<{ directive: string; blocked: string }> }).__violations);
}

test.describe('content security policy', () => {
  test('every screen of the built page runs without a single violation', async ({ page, launchApp }) => {
    await page.addInitScript({ content: RECORD_VIOLATIONS });
    const app = await launchApp({ probes: [createHostProbe({ override: { os: 'macos', version: '15.1' } })] });
    await expect(app.page.getByTestId('host-name')).toHaveText('macOS Sequoia 15.1');
    for (const screen of ['checklist', 'walkthrough', 'dates', 'help', 'overview', 'checklist']) {
      await app.page.getByTestId(`nav-${screen}`).click();
      await expect(app.page.getByRole('heading', { level: 1 })).toBeVisible();
    }
    // The app's own pictures and styles really work under the policy (the first check has a picture):
    // the pictures are drawn inline, and only the app's own stylesheet colors and rings them.
    const drawnPictures = () =>
      app.page.evaluate(
        () =>
          [...document.querySelectorAll('figure[data-picture] svg')].filter((svg) => {
            const target = svg.querySelector('[data-picture-target]');
            return svg.getBoundingClientRect().width > 0 && target !== null && getComputedStyle(target).stroke !== 'none';
          }).length,
      );
    await expect.poll(drawnPictures).toBeGreaterThan(0);
    expect(await app.page.evaluate(() => getComputedStyle(document.body).margin)).toBe('0px');
    expect(await violations(app.page)).toEqual([]);
  });

  test('the page can reach nothing outside itself and run no code from strings', async ({ page, launchApp }) => {
    const remote = await elsewhere();
    try {
      await page.addInitScript({ content: RECORD_VIOLATIONS });
      const app = await launchApp({ probes: [createHostProbe({ override: { os: 'linux', version: '6.8' } })] });
      await expect(app.page.getByTestId('host-name')).toHaveText('Linux 6.8');
      const pageUrl = app.page.url();

      const outcomes = await app.page.evaluate(async (origin) => {
        const settle = (work: () => unknown) =>
          Promise.resolve()
            .then(work)
            .then(
              () => 'ran',
              (error: unknown) => `refused: ${error instanceof Error ? error.name : String(error)}`,
            );
        const add = (html: string) => document.body.insertAdjacentHTML('beforeend', html);
        const results: Record<string, string> = {
          fetchElsewhere: await settle(() => fetch(`${origin}/fetch`)),
          fetchOwnOrigin: await settle(() => fetch('./index.html')),
          xhr: await settle(
            () =>
              new Promise((resolve, reject) => {
                const request = new XMLHttpRequest();
                request.onload = resolve;
                request.onerror = () => reject(new Error('blocked'));
                request.open('GET', `${origin}/xhr`);
                request.send();
              }),
          ),
          eval: await settle(() => eval('1 + 1')),
          newFunction: await settle(() => new Function('return 1')()),
          worker: await settle(() => new Worker(URL.createObjectURL(new Blob(['1'], { type: 'text/javascript' })))),
        };
        try {
          const socket = new WebSocket(`${origin.replace('http', 'ws')}/socket`);
          socket.close();
          results.webSocket = 'ran';
        } catch (error) {
          results.webSocket = `refused: ${(error as Error).name}`;
        }
        results.beacon = String(navigator.sendBeacon(`${origin}/beacon`, 'x'));
        add(`<img src="${origin}/picture.png">`);
        add(`<link rel="stylesheet" href="${origin}/style.css">`);
        add(`<iframe src="${origin}/frame.html"></iframe>`);
        add(`<style>body { background: red; }</style>`);
        const script = document.createElement('script');
        script.src = `${origin}/script.js`;
        document.body.append(script);
        const form = document.createElement('form');
        form.action = `${origin}/form`;
        form.method = 'post';
        document.body.append(form);
        form.submit();
        results.inlineStyleApplied = String(getComputedStyle(document.body).backgroundColor === 'rgb(255, 0, 0)');
        return results;
      }, remote.origin);

      expect(outcomes).toMatchObject({
        fetchElsewhere: 'refused: TypeError',
        fetchOwnOrigin: 'refused: TypeError',
        xhr: 'refused: Error',
        eval: 'refused: EvalError',
        newFunction: 'refused: EvalError',
        inlineStyleApplied: 'false',
      });
      // The refused form post left the page where it was.
      expect(app.page.url()).toBe(pageUrl);
      expect(await app.page.evaluate(() => document.querySelector('[data-testid="host-name"]')?.textContent)).toBe('Linux 6.8');
      // A beacon is queued and a worker constructed before the policy stops them, so their refusals are reports, not errors.
      // Every refusal reported is the signal that the page has tried everything, so nothing can still reach the other server.
      const directives = async () => [...new Set((await violations(app.page)).map((violation) => violation.directive))].sort();
      await expect.poll(directives).toEqual(expect.arrayContaining(['connect-src', 'img-src', 'style-src-elem', 'script-src-elem', 'frame-src', 'form-action', 'script-src', 'worker-src']));
      expect(remote.hits, 'nothing reached the other server').toEqual([]);
    } finally {
      await remote.close();
    }
  });
});

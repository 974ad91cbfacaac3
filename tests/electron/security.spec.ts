/**
 * What only a real Electron window can show about the security checklist: the page really comes
 * from app://, has no Node in it, cannot navigate away, open a window, get a permission or reach
 * the network, and main really turns away IPC from a frame that is not the app's own. The same
 * decisions are unit-tested without Electron (tests/unit/security-checklist.test.ts); these runs
 * prove Electron applies them. They need the Electron binary, so they run in CI, not here.
 */
import { _electron as electron, expect, test, type ElectronApplication, type Page } from '@playwright/test';
import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { findElectronBinary, SKIP_REASON } from '../support/electron-binary';

const binary = findElectronBinary();
const APP_PAGE = 'app://lifeboat/index.html';

/** Launches the built app and waits for its page to show this computer. */
async function launch(): Promise<{ app: ElectronApplication; page: Page }> {
  const app = await electron.launch({ executablePath: binary ?? undefined, args: ['.'] });
  const page = await app.firstWindow();
  await expect(page.getByTestId('host-name')).not.toBeEmpty();
  return { app, page };
}

/** Gives Electron time to act on something that should not happen, then lets the test look. */
const settle = (page: Page) => page.waitForTimeout(1000);

test.describe('the real window, locked down', () => {
  test.skip(!binary, SKIP_REASON);

  let app: ElectronApplication;
  let page: Page;
  test.beforeEach(async () => {
    ({ app, page } = await launch());
  });
  test.afterEach(async () => {
    await app.close();
  });

  test('the page comes from app://lifeboat/ with no Node and only the Bridge in it', async () => {
    expect(page.url()).toBe(APP_PAGE);
    const globals = await page.evaluate(() => ({
      require: typeof (window as unknown as { require?: unknown }).require,
      process: typeof (window as unknown as { process?: unknown }).process,
      module: typeof (window as unknown as { module?: unknown }).module,
      bridge: Object.keys(window.lifeboat).sort(),
    }));
    expect(globals).toEqual({
      require: 'undefined',
      process: 'undefined',
      module: 'undefined',
      bridge: ['getProgress', 'getSnapshot', 'onProgress', 'onSnapshot', 'run', 'setProgress'],
    });
  });

  test('navigation away from the page is blocked', async () => {
    await page.evaluate(() => {
      window.location.href = 'https://example.com/';
    });
    await settle(page);
    expect(page.url()).toBe(APP_PAGE);
    await page.evaluate(() => {
      const link = document.createElement('a');
      link.href = 'file:///etc/hosts';
      document.body.append(link);
      link.click();
    });
    await settle(page);
    expect(page.url()).toBe(APP_PAGE);
    await expect(page.getByTestId('host-name')).not.toBeEmpty();
  });

  test('window.open is denied and no second window appears', async () => {
    const opened = await page.evaluate(() => window.open('https://example.com/', '_blank') === null);
    expect(opened).toBe(true);
    await page.evaluate(() => {
      const link = document.createElement('a');
      link.href = 'https://example.com/';
      link.target = '_blank';
      document.body.append(link);
      link.click();
    });
    await settle(page);
    expect(app.windows()).toHaveLength(1);
  });

  test('every permission the page asks for is denied', async () => {
    const answers = await page.evaluate(async () => ({
      notifications: await Notification.requestPermission(),
      geolocation: (await navigator.permissions.query({ name: 'geolocation' })).state,
      clipboard: await navigator.clipboard.readText().then(
        () => 'granted',
        (error: Error) => error.name,
      ),
      microphone: await navigator.mediaDevices.getUserMedia({ audio: true }).then(
        () => 'granted',
        (error: Error) => error.name,
      ),
    }));
    expect(answers.notifications).toBe('denied');
    expect(answers.geolocation).toBe('denied');
    expect(answers.clipboard).not.toBe('granted');
    expect(answers.microphone).not.toBe('granted');
  });

  test('the page reaches no network, even with the policy header from the app protocol', async () => {
    const outcome = await page.evaluate(() =>
      fetch('https://www.apple.com/support/systemstatus/data/system_status_en_US.js').then(
        () => 'reached',
        () => 'refused',
      ),
    );
    expect(outcome).toBe('refused');
  });

  test("main refuses IPC from a window that is not the app's own", async () => {
    const preload = join(process.cwd(), 'out', 'preload', 'index.cjs');
    const strangerOpened = app.waitForEvent('window');
    await app.evaluate(async ({ BrowserWindow }, preloadPath) => {
      const stranger = new BrowserWindow({ show: false, webPreferences: { preload: preloadPath, sandbox: true, contextIsolation: true } });
      await stranger.loadURL('data:text/html,<title>stranger</title>');
    }, preload);
    const stranger = await strangerOpened;
    const answer = await stranger.evaluate(() =>
      window.lifeboat.getSnapshot().then(
        () => 'answered',
        (error: Error) => error.message,
      ),
    );
    expect(answer).toContain("did not come from Backup Lifeboat's own window");
    // The app's own page is still answered.
    expect(await page.evaluate(() => window.lifeboat.getSnapshot().then((snapshot) => typeof snapshot.sequence))).toBe('number');
  });

  test('a second launch leaves the first window alone and quits', async () => {
    const second = spawn(binary as string, ['.'], { stdio: 'ignore' });
    const code = await new Promise<number | null>((resolve) => second.on('exit', resolve));
    expect(code).toBe(0);
    expect(app.windows()).toHaveLength(1);
    await expect(page.getByTestId('host-name')).not.toBeEmpty();
  });
});

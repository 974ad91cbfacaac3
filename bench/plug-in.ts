/**
 * Figure 3, plug-in to screen: from the phone being plugged in (the scripted USB bus's attach and
 * the test usbmuxd's `Attached`) to the overview showing the phone's name — usbmuxd, lockdown,
 * the core, the bridge and React in between — as a ratio to a bare `page.evaluate` round trip
 * measured in turn with it. The phone is unplugged again between rounds.
 */
import type { Page } from '@playwright/test';
import { ANAS_IPHONE } from '../tests/support/usbmuxd/scripted-device';
import { usbIphone, type ScriptedUsbSource } from '../tests/support/usb/scripted-usb-source';
import type { TestUsbmuxd } from '../tests/support/usbmuxd/test-usbmuxd';
import { alternate, formatMs, formatRatio, median, timeMs, type Figure } from './support/measure';

const ROUNDS = 20;
const WARMUPS = 2;
const PHONE_NAME = String(ANAS_IPHONE.values?.DeviceName);
const USB_LOCATION = '1-4:7';
const NAMES = '[data-testid="device-name"]';

interface WatchedWindow {
  __benchPhoneShown?: Promise<void>;
}

/** The hardware edge the phone is plugged into. */
export interface PlugInEdge {
  page: Page;
  usb: ScriptedUsbSource;
  usbmuxd: TestUsbmuxd;
}

/** Starts watching the page for the phone's name before the plug goes in, so no render is missed. */
async function watchForName(page: Page): Promise<void> {
  await page.evaluate(
    ([selector, name]) => {
      const shown = () => [...document.querySelectorAll(selector)].some((element) => element.textContent === name);
      (window as unknown as WatchedWindow).__benchPhoneShown = new Promise<void>((resolve) => {
        const observer = new MutationObserver(() => {
          if (!shown()) return;
          observer.disconnect();
          resolve();
        });
        observer.observe(document.body, { childList: true, subtree: true, characterData: true });
      });
    },
    [NAMES, PHONE_NAME] as const,
  );
}

async function plugIn({ page, usb, usbmuxd }: PlugInEdge): Promise<number> {
  await watchForName(page);
  const ms = await timeMs(async () => {
    usb.plug(usbIphone(USB_LOCATION));
    usbmuxd.attach(ANAS_IPHONE);
    await page.evaluate(() => (window as unknown as WatchedWindow).__benchPhoneShown);
  });
  usb.unplug(USB_LOCATION);
  usbmuxd.detach(ANAS_IPHONE.udid);
  await page.waitForFunction((selector) => document.querySelectorAll(selector).length === 0, NAMES);
  return ms;
}

/** Measures plugging the phone in against a bare round trip to the page. */
export async function plugInToScreen(edge: PlugInEdge): Promise<Figure> {
  await edge.page.waitForFunction(() => document.querySelector('[data-testid="next-step"]') !== null);
  const samples = await alternate({ subject: () => plugIn(edge), baseline: () => timeMs(() => edge.page.evaluate(() => 0)) }, ROUNDS, WARMUPS);
  const plugMs = median(samples.subject);
  const roundTripMs = median(samples.baseline);
  return {
    number: 3,
    title: 'Plug-in to screen',
    result: `${formatRatio(plugMs / roundTripMs)} a page.evaluate round trip (${formatMs(plugMs)} vs ${formatMs(roundTripMs)}, median of ${ROUNDS})`,
    budget: 'report only',
    verdict: 'REPORT',
  };
}

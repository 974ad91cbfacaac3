import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { runHashes, RUN_LENGTH, words } from '../../../../scripts/article-shingles.mjs';
import { contentStrings } from '../../../support/content-corpus';

// Gathered inside each test, not when the file loads, so mutation testing can tell which tests read which words.
const corpus = () => contentStrings().join('\n');

/** Every fact of the iCloud article, and of apple-facts §4–§6, as something the app's words must say. */
const FACTS: Array<[string, RegExp[]]> = [
  ['the free tier is 5 GB', [/5 GB free/]],
  ['iCloud+ tiers', [/50 GB, 200 GB or 2 TB/, /6 TB and 12 TB/]],
  ['storage: where to check and the fixes', [/Manage Account Storage/, /remove the backups of old phones and iPads/, /iCloud\+ plan/]],
  ['deleting photos does not free backup space', [/Deleting photos from the phone will not make room for the backup/, /iCloud Photos are counted on their own/]],
  ['Wi-Fi, not cellular', [/backs up over Wi-Fi/, /will not use cellular data at all/, /Control Center/]],
  ['switch networks or restart the router', [/another Wi-Fi network/, /restart your router/]],
  ['charging', [/only backs up to iCloud while it is charging/]],
  ['the backup switch (and iCloud Drive, which the article lists beside it, is not needed for it)', [/iCloud Backup/, /Back Up This iPhone/, /iCloud Backup works whether iCloud Drive is on or off/]],
  ['an outdated iOS', [/old version of iOS can clash/, /Settings.*General.*Software Update|Software Update/]],
  ['an expired sign-in: sign out and back in', [/quietly expired/, /Sign Out/, /sign straight back in/]],
  ['too much data for the window, or one damaged app', [/very large backup may not fit in the time/, /damaged data of a single app/]],
  ['a stuck backup: see and switch off the biggest apps', [/Backups', 'This iPhone|This iPhone/, /which apps take up most of the backup/, /games and streaming apps/]],
  ['apps with their own cloud copy', [/WhatsApp/, /Google Photos/, /Spotify/]],
  ['the order and why', [/room in iCloud first, then Wi-Fi and power, then a backup by hand and its date, then signing out and in, and resetting network settings only at the very end/]],
  ['several causes at once, the phone does not say which', [/More than one of these can be wrong at the same time/]],
  ['Back Up Now and the Last Successful Backup date', [/Back Up Now/, /Last successful backup/]],
  ['Reset Network Settings forgets Wi-Fi passwords and VPNs', [/Transfer or Reset iPhone/, /Reset Network Settings/, /every saved Wi-Fi password and any VPN/]],
  ['most failures are fixable, Apple’s side only sometimes', [/only now and then is Apple’s side at fault/]],
  ['the local fallback and its program', [/Finder on a Mac with macOS Catalina \(10\.15\) or later/, /iTunes on older Macs/, /On Windows use Apple Devices/, /iTunes on older Windows/, /click your iPhone/]],
  ['why local is good', [/quicker, works without the internet and takes no iCloud space/, /main backup/]],
  ['System Status: yellow or red means wait', [/System Status/, /yellow or red/, /wait until Apple has sorted it out/]],
  ['Apple Support and what to have ready', [/Apple Support app or Apple’s website/, /your iOS version, the exact error message if there is one, how long the problem has been going on, and what you have already tried/]],
  ['the nightly routine', [/overnight while the phone is locked, charging and on Wi-Fi/, /plug it in at bedtime/]],
  ['check the date every few weeks; older than a week means look', [/Every few weeks/, /ten seconds/, /more than a week old/]],
  ['Finder’s sidebar setting', [/CDs, DVDs, and iOS Devices/]],
  ['Trust and how to bring the prompt back', [/Trust This Computer\?/, /Reset Location & Privacy/]],
  ['the passcode prompt since iOS 16.1', [/iOS or iPadOS 16\.1/, /about three minutes/]],
  ['what encryption adds, and the password', [/saved passwords, Wi-Fi settings, website history, Health data and call history/, /cannot be recovered/]],
  ['iCloud may delete a backup after 180 days', [/180 days/]],
  ['Apple Devices on Windows', [/Apple Devices/, /Microsoft Store/, /Apple Mobile Device Service/]],
  ['charge-only cables', [/only charge and carry no data/]],
  ['not enough space on the computer, an earlier interrupted backup', [/error 105/, /cut off earlier can block a new one/]],
];

describe('content', () => {
  describe('article facts', () => {
    it.each(FACTS)('says: %s', (_fact, patterns) => {
      for (const pattern of patterns) expect(corpus()).toMatch(pattern);
    });

    it(`copies no run of ${RUN_LENGTH} words from the article`, () => {
      const fixture = JSON.parse(readFileSync(fileURLToPath(new URL('../../../fixtures/article-shingles.json', import.meta.url)), 'utf8')) as { runLength: number; hashes: string[] };
      expect(fixture.runLength).toBe(RUN_LENGTH);
      expect(fixture.hashes.length).toBeGreaterThan(500);
      const article = new Set(fixture.hashes);
      const copied = contentStrings().filter((text) => [...runHashes(text)].some((hash) => article.has(hash)));
      expect(copied).toEqual([]);
    });

    it('would notice a copied sentence', () => {
      const fixture = JSON.parse(readFileSync(fileURLToPath(new URL('../../../fixtures/article-shingles.json', import.meta.url)), 'utf8')) as { hashes: string[] };
      const copied = 'A common mistake is assuming that deleting photos from your phone frees up iCloud backup space.';
      expect(words(copied).length).toBeGreaterThanOrEqual(RUN_LENGTH);
      expect([...runHashes(copied)].some((hash) => fixture.hashes.includes(hash))).toBe(true);
    });
  });
});

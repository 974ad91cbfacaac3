/** Each problem that stops a local backup, in the words of each computer and program, with its button. */
import { describe, expect, it } from 'vitest';
import { problemContent } from '../../../../src/shared/content/problems';

const SENTENCE = /^[A-Z].*[.)]$/;
const STORE = { action: 'open-apple-devices-store-page', label: 'Get Apple Devices from the Microsoft Store' };
const ITUNES = { action: 'open-itunes-download-page', label: 'Open Apple’s iTunes page' };

describe('content', () => {
  describe('problemContent', () => {
    it('takes a phone in recovery mode through a forced restart for its kind, naming the program that may offer a restore', () => {
      const iphone = problemContent('recovery-mode', 'macos', 'finder', true, 'iPhone');
      expect(iphone.title).toBe('Your iPhone is in recovery mode, so it cannot be backed up');
      expect(iphone.body).toHaveLength(4);
      for (const line of iphone.body) expect(line).toMatch(SENTENCE);
      expect(iphone.body[0]).toBe('In recovery mode the iPhone only lets the computer reinstall its software; nothing can be copied off it.');
      expect(iphone.body[1]).toContain('press and quickly release volume up, then volume down, then press and hold the side button');
      expect(iphone.body[2]).toBe('If Finder offers to Update or Restore the iPhone, choose Update: it reinstalls the software and keeps your data. Restore erases the iPhone.');
      expect(iphone.body[3]).toBe('Once the iPhone starts normally, the walkthrough carries on by itself.');
      const ipad = problemContent('recovery-mode', 'linux', 'idevicebackup2', true, 'iPad');
      expect(ipad.body[1]).toContain('on an iPad without a Home button press and quickly release the volume button nearest the top button');
      expect(ipad.body[2]).toContain('If a program on the computer offers to Update or Restore the iPad');
      for (const route of ['apple-devices', 'itunes'] as const) expect(problemContent('recovery-mode', 'windows', route, true).body[2]).toContain(route === 'itunes' ? 'If iTunes offers' : 'If Apple Devices offers');
      expect(iphone.actions).toBeUndefined();
    });

    it('warns that DFU mode needs Apple Support before any restore, with the button to reach them', () => {
      const dfu = problemContent('dfu-mode', 'macos', 'finder', true, 'iPad');
      expect(dfu.title).toBe('Your iPad is in DFU mode, so it cannot be backed up');
      expect(dfu.body).toHaveLength(3);
      expect(dfu.body[0]).toBe('DFU mode is a deeper recovery state, usually with a black screen. Nothing can be copied off the iPad in it.');
      expect(dfu.body[1]).toContain('forced restart');
      expect(dfu.body[2]).toBe('If the iPad does not come back, contact Apple Support before you let any program restore it: a restore erases it.');
      expect(dfu.actions).toEqual([{ action: 'open-apple-support', label: 'Contact Apple Support' }]);
    });

    it('on Windows, asks for the program that brings Apple Mobile Device Service, by route', () => {
      const store = problemContent('no-device-support', 'windows', 'apple-devices', false, 'iPhone');
      expect(store.title).toBe('Windows is not ready to talk to an iPhone');
      expect(store.body).toEqual([
        'Apple Mobile Device Service, which lets Windows talk to an iPhone, is missing or not running, so no program on this computer can make the backup.',
        'Install Apple Devices from the Microsoft Store: it brings Apple Mobile Device Service with it. Then unplug the device and plug it back in.',
        'Installed already? Restart the computer so that Apple Mobile Device Service starts again.',
      ]);
      expect(store.actions).toEqual([STORE]);
      const itunes = problemContent('no-device-support', 'windows', 'itunes', true, 'iPad');
      expect(itunes.title).toBe('Windows sees an iPad but cannot talk to it');
      expect(itunes.body[1]).toBe('Install iTunes from Apple: it brings Apple Mobile Device Service with it. Then unplug the device and plug it back in.');
      expect(itunes.actions).toEqual([ITUNES]);
    });

    it('on Linux asks for usbmuxd, and on a Mac for a restart of both', () => {
      expect(problemContent('no-device-support', 'linux', 'idevicebackup2', true, 'iPhone')).toEqual({
        title: 'This computer sees an iPhone but cannot talk to it',
        body: ['The usbmuxd service is missing or stopped. Install it with “sudo apt install usbmuxd”, then unplug the iPhone and plug it back in.'],
      });
      expect(problemContent('no-device-support', 'macos', 'finder', true, 'iPad')).toEqual({
        title: 'The Mac sees an iPad but cannot talk to it',
        body: ['Unplug the iPad, restart the Mac and the iPad, then plug it in again and unlock it.'],
      });
    });

    it('names the missing program with the page that gets it, or how to install it', () => {
      expect(problemContent('program-missing', 'windows', 'itunes', true)).toEqual({
        title: 'iTunes is not installed',
        body: ['Download iTunes from Apple, install it, then come back: it makes the backup.'],
        actions: [ITUNES],
      });
      expect(problemContent('program-missing', 'windows', 'apple-devices', true, 'iPad')).toEqual({
        title: 'Apple Devices is not installed',
        body: ['Get the free Apple Devices app from the Microsoft Store. It makes the backup, and brings Apple Mobile Device Service, which Windows needs to talk to the iPad.'],
        actions: [STORE],
      });
      expect(problemContent('program-missing', 'linux', 'idevicebackup2', true)).toEqual({
        title: 'idevicebackup2 is not installed',
        body: ['Install it with “sudo apt install libimobiledevice-utils usbmuxd”, then come back: it makes the backup.'],
      });
      expect(problemContent('program-missing', 'macos', 'finder', true)).toEqual({
        title: 'The backup program could not be found',
        body: ['Restart the computer and open this app again; if it still cannot find the program, use the iCloud checklist meanwhile.'],
      });
    });

    it('asks for the cable when the phone is only on Wi-Fi, and says when no backup can be made here', () => {
      const wifi = problemContent('network-only', 'macos', 'finder', true, 'iPhone');
      expect(wifi.body).toContain('A backup over Wi-Fi is slow and often breaks off, so this walkthrough uses the cable.');
      expect(wifi.body).toContain('Plug the iPhone in with a USB cable; the walkthrough carries on by itself.');
      for (const line of wifi.body) expect(line).toMatch(SENTENCE);
      expect(problemContent('no-program', 'other', 'none', false, 'iPad').title).toBe('This computer cannot make an iPad backup');
    });

    it('speaks of an iPhone when the kind of device is not given', () => {
      expect(problemContent('network-only', 'macos', 'finder', true).title).toBe('Your iPhone is connected over Wi-Fi only');
    });
  });
});

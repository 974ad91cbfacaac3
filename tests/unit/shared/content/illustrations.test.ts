/** The iCloud checklist's pictures: what each one draws and rings, and that each is a phone screen set beside the words. */
import { describe, expect, it } from 'vitest';
import { CHECKLIST_ITEMS } from '../../../../src/shared/content/checklist-items';
import { ILLUSTRATIONS, PHONE_SCREENS } from '../../../../src/shared/content/illustrations';
import { isPhoneScreen, pictureAlt } from '../../../../src/shared/content/pictures';
import { annasPhone } from '../../../support/picture-specs';

describe('content', () => {
  describe('illustrations', () => {
    it('draws the iCloud Backup screen twice, ringing Back Up Now or the switch, and the storage screen once', () => {
      expect(ILLUSTRATIONS).toEqual({
        'icloud-backup': { scene: 'icloud-backup', target: 'back-up-now' },
        'icloud-backup-switch': { scene: 'icloud-backup', target: 'switch' },
        'manage-storage': { scene: 'manage-storage' },
      });
    });

    it('sets every checklist picture beside the words, as the phone screen it is', () => {
      expect([...PHONE_SCREENS].sort()).toEqual(Object.keys(ILLUSTRATIONS).sort());
      for (const spec of Object.values(ILLUSTRATIONS)) expect(isPhoneScreen(spec), JSON.stringify(spec)).toBe(true);
    });

    // The picture beside a check must ring the very thing its words tell the person to look at.
    it('shows beside each check the screen its words send the person to, ringing what they look at', () => {
      const pictured = Object.entries(CHECKLIST_ITEMS).flatMap(([id, item]) => (item.illustration ? [[id, item.illustration] as const] : []));
      expect(Object.fromEntries(pictured)).toEqual({ storage: 'manage-storage', 'backup-switch': 'icloud-backup-switch', 'try-backup-now': 'icloud-backup' });
      const alt = (id: keyof typeof ILLUSTRATIONS) => pictureAlt(ILLUSTRATIONS[id], annasPhone());
      expect(CHECKLIST_ITEMS.storage!.look).toContain('colored bar');
      expect(alt('manage-storage')).toContain('the colored bar showing how full iCloud is, which is highlighted');
      expect(CHECKLIST_ITEMS['backup-switch']!.look).toContain('switch “Back Up This iPhone”');
      expect(alt('icloud-backup-switch')).toContain('“Back Up This iPhone” switch, turned on and green, is highlighted');
      expect(CHECKLIST_ITEMS['try-backup-now']!.where.at(-1)).toBe('Back Up Now');
      expect(alt('icloud-backup')).toContain('the Back Up Now button, which is highlighted');
    });
  });
});

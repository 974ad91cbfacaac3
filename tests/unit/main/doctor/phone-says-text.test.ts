/** The lines under a phone in the doctor's plain-words report: what it said, why it said nothing, or nothing at all. */
import { describe, expect, it } from 'vitest';
import { phoneSaysText } from '../../../../src/main/doctor/phone-says-text';
import { NOW, PHONES } from '../../../support/snapshots';

describe('doctor', () => {
  describe('phoneSaysText', () => {
    it('gives what an answering phone said, its backups to a computer last', () => {
      const lines = phoneSaysText(PHONES.answering, NOW);
      expect(lines).toHaveLength(6);
      expect(lines.slice(-2)).toEqual(['Last backup to a computer: Nov 3 (the phone’s own record).', 'Local backups will be encrypted.']);
    });

    it('says why a phone that can be asked said nothing', () => {
      expect(phoneSaysText(PHONES.locked, NOW)).toEqual(['Says nothing: Unlock the iPhone, and it can answer some of these checks itself.']);
    });

    it('writes nothing for a phone this computer cannot talk to, nor for one it never asked', () => {
      expect(phoneSaysText({ ...PHONES.ready, phoneSaysReason: 'unreachable' }, NOW)).toEqual([]);
      expect(phoneSaysText({ ...PHONES.recovery, phoneSaysReason: null }, NOW)).toEqual([]);
    });
  });
});

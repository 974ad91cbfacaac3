import { describe, expect, it } from 'vitest';
import { deviceInSentence, deviceLabel, deviceNoun, marketingName, modelName } from '../../../../src/shared/content/device-names';
import { DEVICE_MODELS } from '../../../../src/shared/content/device-models.generated';

/**
 * The model identifiers of every device that runs iOS or iPadOS 12 or later, by family: iOS 12
 * starts at iPhone 5s (iPhone6,x), iPad Air and iPad mini 2 (iPad4,x) and iPod touch (6th
 * generation) (iPod7,1). Each family's identifiers are listed in full from Apple's "Identify your
 * iPhone/iPad model" pages as of iPhone 17 and iPad Pro (M5).
 */
const IOS_12_AND_LATER = [
  ...['6,1', '6,2', '7,1', '7,2', '8,1', '8,2', '8,4', '9,1', '9,2', '9,3', '9,4', '10,1', '10,2', '10,3', '10,4', '10,5', '10,6'],
  ...['11,2', '11,4', '11,6', '11,8', '12,1', '12,3', '12,5', '12,8', '13,1', '13,2', '13,3', '13,4', '14,2', '14,3', '14,4', '14,5', '14,6', '14,7', '14,8'],
  ...['15,2', '15,3', '15,4', '15,5', '16,1', '16,2', '17,1', '17,2', '17,3', '17,4', '17,5', '18,1', '18,2', '18,3', '18,4'],
]
  .map((n) => `iPhone${n}`)
  .concat(
    ['4,1', '4,2', '4,3', '4,4', '4,5', '4,6', '4,7', '4,8', '4,9', '5,1', '5,2', '5,3', '5,4', '6,3', '6,4', '6,7', '6,8', '6,11', '6,12']
      .concat(['7,1', '7,2', '7,3', '7,4', '7,5', '7,6', '7,11', '7,12', '8,1', '8,2', '8,3', '8,4', '8,5', '8,6', '8,7', '8,8', '8,9', '8,10', '8,11', '8,12'])
      .concat(['11,1', '11,2', '11,3', '11,4', '11,6', '11,7', '12,1', '12,2', '13,1', '13,2', '13,4', '13,5', '13,6', '13,7', '13,8', '13,9', '13,10', '13,11'])
      .concat(['13,16', '13,17', '13,18', '13,19', '14,1', '14,2', '14,3', '14,4', '14,5', '14,6', '14,8', '14,9', '14,10', '14,11'])
      .concat(['15,3', '15,4', '15,5', '15,6', '15,7', '15,8', '16,1', '16,2', '16,3', '16,4', '16,5', '16,6', '17,1', '17,2', '17,3', '17,4'])
      .map((n) => `iPad${n}`),
  )
  .concat(['iPod7,1', 'iPod9,1']);

describe('content', () => {
  describe('device names', () => {
    it.each(IOS_12_AND_LATER)('names %s by its marketing name', (id) => {
      const name = marketingName(id);
      expect(name).not.toBeNull();
      expect(name).not.toContain(',');
      expect(name).toMatch(/^(iPhone|iPad|iPod touch)\b/);
    });

    it.each([
      ['iPhone6,1', 'iPhone 5s'],
      ['iPhone10,3', 'iPhone X'],
      ['iPhone11,8', 'iPhone XR'],
      ['iPhone12,8', 'iPhone SE (2nd generation)'],
      ['iPhone17,5', 'iPhone 16e'],
      ['iPhone18,4', 'iPhone Air'],
      ['iPad4,4', 'iPad mini 2'],
      ['iPad7,1', 'iPad Pro 12.9-inch (2nd generation)'],
      ['iPad13,4', 'iPad Pro 11-inch (3rd generation)'],
      ['iPad16,3', 'iPad Pro 11-inch (M4)'],
      ['iPod9,1', 'iPod touch (7th generation)'],
    ])('%s is the %s, as Apple names it', (id, name) => {
      expect(modelName({ productType: id, kind: 'other' })).toBe(name);
    });

    it('keeps an identifier the list does not know, after the kind of device', () => {
      expect(modelName({ productType: 'iPhone99,1', kind: 'iphone' })).toBe('iPhone (iPhone99,1)');
      expect(modelName({ productType: 'iPad99,1', kind: 'other' })).toBe('iPad (iPad99,1)');
      expect(modelName({ productType: null, kind: 'ipod' })).toBe('iPod touch');
    });

    it('names the kind of an unknown model from its identifier, whatever kind the device was taken for', () => {
      expect(modelName({ productType: 'iPhone99,1', kind: 'other' })).toBe('iPhone (iPhone99,1)');
      expect(modelName({ productType: 'iPod99,1', kind: 'other' })).toBe('iPod touch (iPod99,1)');
      expect(modelName({ productType: 'Watch9,1', kind: 'other' })).toBe('Apple device (Watch9,1)');
    });

    it('calls a device with no model identifier by its kind, recovery and DFU mode included', () => {
      expect(
        (['iphone', 'ipad', 'ipod', 'recovery', 'dfu', 'other'] as const).map((kind) => modelName({ productType: null, kind })),
      ).toEqual(['iPhone', 'iPad', 'iPod touch', 'iPhone or iPad in recovery mode', 'iPhone or iPad in DFU mode', 'Apple device']);
    });

    it('lists only phones, tablets and iPod touch', () => {
      for (const id of Object.keys(DEVICE_MODELS)) expect(id).toMatch(/^(iPhone|iPad|iPod)\d+,\d+$/);
    });

    it('addresses an iPad as an iPad and an iPod touch as an iPod touch', () => {
      expect(deviceNoun({ kind: 'ipad', productType: 'iPad13,4' })).toBe('iPad');
      expect(deviceNoun({ kind: 'ipod', productType: null })).toBe('iPod touch');
      expect(deviceNoun({ kind: 'ipad', productType: null })).toBe('iPad');
      expect(deviceNoun({ kind: 'recovery', productType: 'iPad8,1' })).toBe('iPad');
      expect(deviceNoun({ kind: 'iphone', productType: null })).toBe('iPhone');
      expect(deviceNoun(null)).toBe('iPhone');
      expect(deviceLabel({ name: null, kind: 'ipad', productType: 'iPad13,4' })).toBe('Your iPad Pro 11-inch (3rd generation)');
      expect(deviceInSentence({ name: null, kind: 'ipad', productType: 'iPad13,4' })).toBe('your iPad Pro 11-inch (3rd generation)');
      expect(deviceInSentence({ name: 'Studio iPad', kind: 'ipad', productType: 'iPad13,4' })).toBe('Studio iPad');
    });
  });
});

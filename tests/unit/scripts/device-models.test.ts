import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { appleSpelling, renderDeviceModels } from '../../../scripts/device-models.mjs';

const read = (relative: string) => readFileSync(fileURLToPath(new URL(relative, import.meta.url)), 'utf8');

describe('scripts', () => {
  describe('device-models', () => {
    it('generated the committed table from the kept copy of the source list', () => {
      const identifiers = JSON.parse(read('../../fixtures/ios-device-identifiers.json')) as Record<string, string>;
      expect(read('../../../src/shared/content/device-models.generated.ts')).toBe(renderDeviceModels(identifiers));
    });

    it('writes iPad sizes as Apple’s support pages do', () => {
      expect(appleSpelling('iPad Pro (11-inch) (3rd generation)')).toBe('iPad Pro 11-inch (3rd generation)');
      expect(appleSpelling('iPad Pro (12.9-inch)')).toBe('iPad Pro 12.9-inch');
      expect(appleSpelling('iPhone SE (3rd generation)')).toBe('iPhone SE (3rd generation)');
    });
  });
});

/** The real loader of the `usb` package failing (its native part missing or built for another Node), as the probe hears it. */
import { describe, expect, it, vi } from 'vitest';
import { createNativeUsbSource } from '../../../../../../src/main/core/probes/usb/native-usb-source';

// What loading the package throws on a machine where its native binding cannot be found; thrown
// when the package's export is first read, inside the loader's guard as a failing import would be.
const LOAD_FAILURE = vi.hoisted(() => new Error('No native build was found for platform=win32 arch=x64 runtime=electron'));
vi.mock('usb', () => ({
  get usb(): never {
    throw LOAD_FAILURE;
  },
}));

describe('probes', () => {
  describe('native usb source', () => {
    it('says the USB library could not be loaded, with why, and keeps the library’s own error', async () => {
      const failure = await createNativeUsbSource({ platform: 'win32' })
        .watch(() => {})
        .catch((error: unknown) => error);
      expect(failure).toBeInstanceOf(Error);
      expect((failure as Error).message).toBe(`The USB library could not be loaded: ${LOAD_FAILURE.message}`);
      expect((failure as Error).cause).toBe(LOAD_FAILURE);
    });
  });
});

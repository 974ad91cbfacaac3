/** What a plist decode refused with, as the tests of the decoders' edges read it. */
import { PlistFormatError, PlistLimitError } from '../../src/main/core/plist/plist-limits';

/** The error's kind and the reason a person reads ("PlistFormatError: it is cut short"); fails when nothing was refused. */
export function refusal(run: () => unknown): string {
  try {
    run();
  } catch (error) {
    if (error instanceof PlistFormatError || error instanceof PlistLimitError) return `${error.name}: ${error.message}`;
    throw error;
  }
  throw new Error('it was not refused');
}

/**
 * A backup before the checks that change the most on the phone (installing an update, signing
 * out of the Apple Account, resetting network settings): if something goes wrong, nothing is lost.
 */

/** The words offered before a risky check. */
export const SAFETY_FIRST = {
  title: 'Back up to this computer first',
  why: 'This check changes a lot on the phone. With a fresh backup on this computer, nothing is lost whatever happens, and it takes only a cable.',
  button: 'Back up to this computer first',
};

/** Said instead when a recent local backup is already there. */
export function alreadySafe(when: string): string {
  return `You already have a backup on this computer from ${when}, so it is safe to go ahead.`;
}

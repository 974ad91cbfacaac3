/**
 * Moving focus the way a person expects after something on the page changes: onto the new thing,
 * scrolled into view (a window zoomed to 200% shows little at once), without a jump when it is
 * already in sight.
 */

/** Focuses `target` and scrolls `reveal` (the target's section, by default the target) into view when it is not wholly in sight. */
export function focusAndReveal(target: HTMLElement | null, reveal: HTMLElement | null = target): void {
  if (!target) return;
  target.focus({ preventScroll: true });
  if (!reveal) return;
  const box = reveal.getBoundingClientRect();
  const inSight = box.top >= 0 && box.bottom <= window.innerHeight;
  // Tall sections show their start; short ones are brought in whole.
  if (!inSight) reveal.scrollIntoView({ block: 'start' });
}

/** Whether focus has nowhere to be: on the page itself, as after the focused button was removed. */
export function focusIsLost(): boolean {
  const active = document.activeElement;
  return active === null || active === document.body || active === document.documentElement;
}

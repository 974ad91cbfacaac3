/**
 * Keeps focus with what the person is doing when a part of the page is replaced: when `key`
 * changes (a new current step, say), focus moves to the new target if it was lost with the old
 * content, if it sat inside `region`, or if an action asked for it; otherwise it stays put, so a
 * change from outside (a phone plugged in) never pulls focus from wherever the person is.
 */
import { useCallback, useEffect, useRef, type RefObject } from 'react';
import { focusAndReveal, focusIsLost } from '../focus';

/** Returns a function an action calls to have focus follow the next change even from outside `region`. */
export function useFocusFollows(key: string, target: () => { focus: HTMLElement | null; reveal?: HTMLElement | null }, region: RefObject<HTMLElement | null>): () => void {
  const previous = useRef(key);
  const requested = useRef(false);
  const wasInside = useRef(false);

  // Where focus was before the change: read on every focus move inside or out of the region.
  useEffect(() => {
    const note = () => {
      wasInside.current = region.current?.contains(document.activeElement) ?? false;
    };
    note();
    document.addEventListener('focusin', note);
    return () => document.removeEventListener('focusin', note);
  }, [region]);

  useEffect(() => {
    if (previous.current === key) return;
    previous.current = key;
    if (focusIsLost() || wasInside.current || requested.current) {
      requested.current = false;
      const next = target();
      focusAndReveal(next.focus, next.reveal ?? next.focus);
    }
  });

  return useCallback(() => {
    requested.current = true;
  }, []);
}

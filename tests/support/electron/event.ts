/**
 * Electron's `Event`: the first argument of every main-process event, which a listener may
 * cancel with `preventDefault()`. Electron's newer events carry their details on the event itself
 * (`Event<Params>`), so the details are merged in.
 */

/** An event a stand-in emits, and whether some listener prevented its default. */
export type StandInEvent<T extends object = object> = T & {
  preventDefault(): void;
  readonly defaultPrevented: boolean;
};

/** A fresh event carrying `details`. */
export function electronEvent<T extends object>(details: T = {} as T): StandInEvent<T> {
  let prevented = false;
  // defineProperties, not Object.assign: the details may carry getters (senderFrame) that must stay live.
  const event = Object.defineProperties({}, Object.getOwnPropertyDescriptors(details));
  return Object.defineProperties(event, {
    preventDefault: { value: () => void (prevented = true) },
    defaultPrevented: { get: () => prevented },
  }) as StandInEvent<T>;
}

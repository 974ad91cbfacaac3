/**
 * Text from outside (a phone's name, a backup's plist, Apple's feed, usbmuxd) made safe to show
 * wherever it leaves the app: a terminal, the clipboard, a system notification. Control characters
 * could move a terminal's cursor, set its clipboard (OSC 52) or hide text, and bidirectional
 * overrides could make a name read backwards; none of them belongs in a name or a sentence.
 */

/** C0 controls, DEL and C1 controls (ESC, CSI, OSC … among them). */
// eslint-disable-next-line no-control-regex -- matching control characters is this pattern's whole purpose.
const CONTROLS = /[\u0000-\u001f\u007f-\u009f]/g;
/** The same, but for a line feed, which a block of lines keeps. */
// eslint-disable-next-line no-control-regex -- as above.
const CONTROLS_BUT_NEWLINE = /[\u0000-\u0009\u000b-\u001f\u007f-\u009f]/g;
/** Bidirectional marks, embeddings, overrides and isolates (Unicode UAX #9). */
const BIDI_FORMATTING = /[\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;
/** Half of a surrogate pair standing alone: not a character, and some terminals choke on it. */
const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;

/** The longest peer-supplied name shown anywhere; a device name is at most a few dozen characters. */
export const MAX_NAME_LENGTH = 80;

/**
 * Peer text as one plain line: controls become a space, bidirectional formatting is removed,
 * broken surrogates become U+FFFD, white space is collapsed, and the whole is cut at `maxLength`.
 */
export function safeText(text: string, maxLength = MAX_NAME_LENGTH): string {
  const plain = text.replace(LONE_SURROGATE, '\ufffd').replace(CONTROLS, ' ').replace(BIDI_FORMATTING, '').replace(/\s+/g, ' ').trim();
  return plain.length <= maxLength ? plain : `${plain.slice(0, maxLength - 1).trimEnd()}…`;
}

/**
 * A block of lines made safe as a whole, layout kept: line feeds stay, every other control becomes
 * a space, and bidirectional formatting is removed. The last pass before text leaves the app.
 */
export function safeBlock(text: string): string {
  return text.replace(LONE_SURROGATE, '\ufffd').replace(CONTROLS_BUT_NEWLINE, ' ').replace(BIDI_FORMATTING, '');
}

/** A UDID of the real shape: 40 hex digits, or 8 and 16 hex digits with an optional hyphen (apple-facts §1). */
export function isDeviceUdid(text: string): boolean {
  return /^(?:[0-9a-f]{40}|[0-9a-f]{8}-?[0-9a-f]{16})$/i.test(text);
}

/** One argument for a POSIX shell, in single quotes so the shell reads it as exactly these characters. */
export function shellQuote(argument: string): string {
  return `'${argument.replace(/'/g, `'\\''`)}'`;
}

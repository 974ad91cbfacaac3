/**
 * A bounded, streaming decoder for XML property lists, on the `saxes` XML parser: bytes go in a
 * slice at a time, no document tree is ever built, and only the values wanted are made into
 * values. Everything the parser holds between two of its events (a run of text, a comment, a
 * DOCTYPE) is capped, so neither a huge file nor a deep or wide one can take more than its budget.
 */
import { TextDecoder } from 'node:util';
import { SaxesParser, type SaxesTag } from 'saxes';
import { createTally, PlistFormatError, PlistLimitError, setEntry, type DecodeOptions, type PlistDict, type PlistValue } from './plist-limits';

/** Characters the parser may gather between two events: a base64 app icon is far smaller. */
export const MAX_XML_RUN_CHARS = 24 * 1024 * 1024;
/** Attributes one element may carry; a plist's elements carry at most one. */
const MAX_ATTRIBUTES = 8;
const LEAVES = new Set(['key', 'string', 'integer', 'real', 'date', 'data', 'true', 'false']);
/** The longest text a number or a date can honestly take. */
const MAX_SCALAR_CHARS = 64;

type Container = { kind: 'plist'; value: PlistValue | undefined } | { kind: 'array'; value: PlistValue[] } | { kind: 'dict'; value: PlistDict; key: string | null; top: boolean };

/** A decoder fed one slice of bytes at a time. */
export interface XmlPlistReader {
  /** Adds bytes; throws PlistFormatError or PlistLimitError. */
  write(chunk: Uint8Array): void;
  /** True once every wanted key of the top-level dictionary has been read, so the rest need not be. */
  readonly satisfied: boolean;
  /** The value; call after the last `write`, or once `satisfied`. */
  end(): PlistValue;
}

/** Infinity as Core Foundation writes and reads it in XML: `+infinity`, `-infinity`, `inf`. */
const INFINITY = /^([+-]?)inf(inity)?$/i;

/** A number or date from its element's text, which the text handler has already held to `MAX_SCALAR_CHARS`. */
function scalar(name: string, text: string): PlistValue {
  const trimmed = text.trim();
  if (name === 'integer') {
    if (/^[+-]?\d+$/.test(trimmed)) return Number(trimmed);
    if (/^[+-]?0x[0-9a-f]+$/i.test(trimmed)) return Number.parseInt(trimmed, 16);
    throw new PlistFormatError('an integer value is garbled');
  }
  if (name === 'real') {
    const infinite = INFINITY.exec(trimmed);
    if (infinite) return infinite[1] === '-' ? Number.NEGATIVE_INFINITY : Number.POSITIVE_INFINITY;
    const value = Number(trimmed);
    if (Number.isNaN(value) && trimmed.toLowerCase() !== 'nan') throw new PlistFormatError('a real value is garbled');
    return value;
  }
  return new Date(trimmed);
}

/** Which text decoder the first bytes call for: UTF-16 with a byte-order mark, else UTF-8. */
function decoderFor(first: Uint8Array): TextDecoder {
  if (first[0] === 0xff && first[1] === 0xfe) return new TextDecoder('utf-16le');
  if (first[0] === 0xfe && first[1] === 0xff) return new TextDecoder('utf-16be');
  return new TextDecoder('utf-8');
}

/** Starts a streaming decode under `options`. */
export function createXmlPlistReader(options: DecodeOptions, maxRunChars = MAX_XML_RUN_CHARS): XmlPlistReader {
  const tally = createTally(options.limits);
  const parser = new SaxesParser({ position: false });
  const stack: Container[] = [];
  const wanted = options.keys;
  const found = new Set<string>();
  let decoder: TextDecoder | null = null;
  let leaf: { name: string; parts: string[]; chars: number } | null = null;
  /** Open elements inside a value that is being passed over. */
  let skipping = 0;
  let openTags = 0;
  let events = 0;
  let sinceEvent = 0;
  let attributes = 0;
  let root: PlistValue | undefined;
  let topDict: PlistDict | null = null;

  const top = () => stack[stack.length - 1];
  const place = (value: PlistValue) => {
    // Every value opens inside the plist element (see 'opentag'), so there is always a parent.
    const parent = top() as Container;
    if (parent.kind === 'array') parent.value.push(value);
    else if (parent.kind === 'plist') {
      if (parent.value !== undefined) throw new PlistFormatError('it holds two values at its top');
      parent.value = value;
    } else {
      if (parent.key === null) throw new PlistFormatError('a dictionary value has no key');
      setEntry(parent.value, parent.key, value);
      if (parent.top) found.add(parent.key);
      parent.key = null;
    }
  };
  /** Whether the value about to open belongs to a key the caller does not want. */
  const unwanted = () => {
    const parent = top();
    return wanted !== undefined && parent?.kind === 'dict' && parent.top && parent.key !== null && !wanted.has(parent.key);
  };

  parser.on('opentag', (tag: SaxesTag) => {
    events += 1;
    attributes = 0;
    openTags += 1;
    tally.depth(openTags - 1);
    // saxes sends a closetag for a self-closing element too, so every open counts once.
    if (skipping > 0) return void (skipping += 1);
    const name = tag.name;
    if (leaf) throw new PlistFormatError(`a <${leaf.name}> holds an element`);
    if (name === 'plist') {
      // A second plist after the first is refused by the parser itself: a document has one root.
      if (stack.length > 0) throw new PlistFormatError('it has a plist inside a plist');
      stack.push({ kind: 'plist', value: undefined });
      return;
    }
    if (stack.length === 0) throw new PlistFormatError('it is not a property list');
    const parent = top() as Container;
    if (name === 'key') {
      if (parent.kind !== 'dict' || parent.key !== null) throw new PlistFormatError('a key is out of place');
    } else if (unwanted()) {
      (parent as { key: string | null }).key = null;
      skipping = 1;
      return;
    }
    if (LEAVES.has(name)) {
      leaf = { name, parts: [], chars: 0 };
      return;
    }
    if (name !== 'dict' && name !== 'array') throw new PlistFormatError(`it has an unknown element <${name}>`);
    tally.node();
    if (name === 'array') stack.push({ kind: 'array', value: [] });
    else {
      const dict: Container = { kind: 'dict', value: {}, key: null, top: parent.kind === 'plist' };
      if (dict.top) topDict = dict.value;
      stack.push(dict);
    }
  });

  parser.on('attribute', () => {
    events += 1;
    attributes += 1;
    if (attributes > MAX_ATTRIBUTES) throw new PlistLimitError('an element carries too many attributes');
  });

  const onText = (text: string) => {
    events += 1;
    if (skipping > 0) return;
    if (leaf) {
      if (leaf.name === 'data' && options.data === 'drop') return;
      leaf.chars += text.length;
      if (leaf.name !== 'key' && leaf.name !== 'string' && leaf.name !== 'data' && leaf.chars > MAX_SCALAR_CHARS) {
        throw new PlistFormatError(`a <${leaf.name}> value is garbled`);
      }
      tally.bytes(text.length);
      leaf.parts.push(text);
    } else if (text.trim() !== '') {
      throw new PlistFormatError('it has text where a value belongs');
    }
  };
  parser.on('text', onText);
  parser.on('cdata', onText);
  for (const event of ['comment', 'doctype', 'processinginstruction', 'xmldecl'] as const) parser.on(event, () => void (events += 1));

  parser.on('closetag', (tag: SaxesTag) => {
    events += 1;
    openTags -= 1;
    if (skipping > 0) {
      skipping -= 1;
      return;
    }
    const name = tag.name;
    if (leaf) {
      const { parts } = leaf;
      leaf = null;
      const text = parts.join('');
      if (name === 'key') {
        (top() as { key: string | null }).key = text;
        return;
      }
      tally.node();
      if (name === 'string') return place(text);
      if (name === 'true' || name === 'false') {
        if (text.trim() !== '') throw new PlistFormatError(`a <${name}> holds text`);
        return place(name === 'true');
      }
      if (name === 'data') {
        // Dropped data gathered no text, so it decodes to no bytes.
        const bytes = Buffer.from(text.replace(/\s+/g, ''), 'base64');
        return place(new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.length));
      }
      return place(scalar(name, text));
    }
    // The parser refuses a closing tag that was never opened, and leaves and passed-over values are not on the stack.
    const closed = stack.pop() as Container;
    if (closed.kind === 'plist') root = closed.value;
    else {
      if (closed.kind === 'dict' && closed.key !== null) throw new PlistFormatError('a dictionary key has no value');
      place(closed.value);
    }
  });

  // Once every wanted key has its value, whatever the parser is in the middle of no longer matters.
  const satisfied = () => wanted !== undefined && found.size === wanted.size;

  return {
    write(chunk) {
      if (chunk.length === 0 || satisfied()) return;
      decoder ??= decoderFor(chunk);
      const text = decoder.decode(chunk, { stream: true });
      const before = events;
      try {
        parser.write(text);
      } catch (error) {
        // Once every wanted key is in, what follows in the same slice does not matter.
        if (!satisfied()) throw error;
        return;
      }
      // What the parser holds between events is at most what came since the last one.
      sinceEvent = events === before ? sinceEvent + text.length : text.length;
      if (sinceEvent > maxRunChars) throw new PlistLimitError('it has a run of text larger than any real plist holds');
    },
    get satisfied() {
      return satisfied();
    },
    end() {
      if (satisfied() && topDict) return topDict;
      parser.write(decoder?.decode() ?? '');
      parser.close();
      if (root === undefined) throw new PlistFormatError('it holds no value');
      return root;
    },
  };
}

/** Slices handed to the parser at a time, so no single write holds a huge string. */
const SLICE_BYTES = 256 * 1024;

/** Decodes a whole XML plist held in memory. */
export function decodeXmlPlist(bytes: Uint8Array, options: DecodeOptions): PlistValue {
  const reader = createXmlPlistReader(options);
  for (let at = 0; at < bytes.length && !reader.satisfied; at += SLICE_BYTES) reader.write(bytes.subarray(at, at + SLICE_BYTES));
  return reader.end();
}

/**
 * Which JavaScript a built page loads before anything else happens — the entry module scripts in
 * its index.html and the chunks it modulepreloads — and how much all of it weighs gzipped.
 * Chunks only a lazy screen imports are left out of the first figure: they load when that
 * screen is opened, not at startup.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, posix } from 'node:path';
import { gzipSync } from 'node:zlib';

const TAG = /<(script|link)\b([^>]*)>/gi;
const ATTRIBUTE = /([\w-]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'>]+)))?/g;

function attributes(text: string): Map<string, string> {
  const found = new Map<string, string>();
  for (const match of text.matchAll(ATTRIBUTE)) found.set((match[1] as string).toLowerCase(), match[2] ?? match[3] ?? match[4] ?? '');
  return found;
}

/** A local path from the page's folder ("./assets/x.js" and "/assets/x.js" become "assets/x.js"); null for another origin. */
function localPath(url: string): string | null {
  if (/^[a-z][a-z\d+.-]*:/i.test(url) || url.startsWith('//')) return null;
  return posix.normalize(url.split(/[?#]/)[0] as string).replace(/^(\.\/|\/)+/, '');
}

/** The JavaScript files an index.html loads at once: module entry scripts and modulepreloaded chunks, in page order, each once. */
export function initialScripts(html: string): string[] {
  const files: string[] = [];
  for (const [, tag, text] of html.matchAll(TAG)) {
    const attrs = attributes(text as string);
    const isEntry = tag?.toLowerCase() === 'script' && attrs.get('type') === 'module' && attrs.has('src');
    const isPreload = tag?.toLowerCase() === 'link' && attrs.get('rel')?.toLowerCase() === 'modulepreload' && attrs.has('href');
    const url = isEntry ? attrs.get('src') : isPreload ? attrs.get('href') : undefined;
    const file = url === undefined ? null : localPath(url);
    if (file && !files.includes(file)) files.push(file);
  }
  return files;
}

/** Bytes after gzip at its highest level, as a server or an installer would ship them at best. */
export function gzipSize(bytes: Uint8Array): number {
  return gzipSync(bytes, { level: 9 }).length;
}

/** The weight of a built page's JavaScript. */
export interface ScriptWeight {
  /** Gzipped bytes of what the first screen loads. */
  initialBytes: number;
  /** Those files, relative to the page's folder. */
  initialFiles: string[];
  /** Gzipped bytes of every JavaScript file of the page, lazy chunks included. */
  allBytes: number;
}

function javascriptFiles(dir: string, prefix = ''): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const relative = prefix ? `${prefix}/${entry.name}` : entry.name;
    if (entry.isDirectory()) return javascriptFiles(join(dir, entry.name), relative);
    return entry.name.endsWith('.js') || entry.name.endsWith('.mjs') ? [relative] : [];
  });
}

/** Weighs the JavaScript of the page built into `dir` (which holds its index.html). */
export function scriptWeight(dir: string): ScriptWeight {
  const initialFiles = initialScripts(readFileSync(join(dir, 'index.html'), 'utf8'));
  if (initialFiles.length === 0) throw new Error(`${join(dir, 'index.html')} loads no module script.`);
  const sizeOf = (file: string) => gzipSize(readFileSync(join(dir, file)));
  const sum = (files: string[]) => files.reduce((total, file) => total + sizeOf(file), 0);
  return { initialBytes: sum(initialFiles), initialFiles, allBytes: sum(javascriptFiles(dir)) };
}

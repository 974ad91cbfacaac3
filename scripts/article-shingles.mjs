/**
 * Fingerprints of a text's word runs, so a test can prove the app's words are our own: the iCloud
 * article our checklist is based on is not ours to ship, so only these one-way hashes of its
 * eight-word runs are kept in the repository (tests/fixtures/article-shingles.json).
 *
 * Usage: node scripts/article-shingles.mjs ARTICLE.txt > tests/fixtures/article-shingles.json
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';

/** How many words make one run. */
export const RUN_LENGTH = 8;

/** Lower-case words, with punctuation and arrows dropped and curly quotes made straight. */
export function words(text) {
  return text
    .toLowerCase()
    .replace(/[’‘]/g, "'")
    .replace(/[^a-z0-9' ]+/g, ' ')
    .split(/\s+/)
    .filter(Boolean);
}

/** The short hash of every run of RUN_LENGTH consecutive words. */
export function runHashes(text) {
  const list = words(text);
  const hashes = new Set();
  for (let i = 0; i + RUN_LENGTH <= list.length; i += 1) {
    hashes.add(createHash('sha256').update(list.slice(i, i + RUN_LENGTH).join(' ')).digest('hex').slice(0, 16));
  }
  return hashes;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const file = process.argv[2];
  if (!file) {
    console.error('Usage: node scripts/article-shingles.mjs ARTICLE.txt');
    process.exit(1);
  }
  const hashes = [...runHashes(readFileSync(file, 'utf8'))].sort();
  process.stdout.write(`${JSON.stringify({ runLength: RUN_LENGTH, hashes }, null, 0)}\n`);
}

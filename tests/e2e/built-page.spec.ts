/**
 * What the build ships to the window, read from `out/`: the page carries the app's one
 * Content-Security-Policy, loads nothing from outside itself, and its JavaScript holds no way to
 * reach the network or to run code from a string; the preload gives the page one object.
 */
import { test, expect } from '@playwright/test';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { CONTENT_SECURITY_POLICY } from '../../src/main/content-security-policy';

const renderer = join(process.cwd(), 'out', 'renderer');
const assets = join(renderer, 'assets');
const read = (file: string) => readFileSync(file, 'utf8');
const filesEnding = (suffix: string) => readdirSync(assets).filter((name) => name.endsWith(suffix));

test.describe('built page', () => {
  test("carries the app's Content-Security-Policy, word for word", () => {
    const html = read(join(renderer, 'index.html'));
    expect(/http-equiv="Content-Security-Policy"\s+content="([^"]+)"/.exec(html)?.[1]).toBe(CONTENT_SECURITY_POLICY);
  });

  test('loads nothing from outside itself', () => {
    const html = read(join(renderer, 'index.html'));
    const references = [...html.matchAll(/(?:src|href)="([^"]+)"/g)].map((match) => match[1] ?? '');
    expect(references.length).toBeGreaterThan(0);
    for (const reference of references) expect(reference, reference).toMatch(/^\.\/assets\//);
    for (const css of filesEnding('.css')) {
      const text = read(join(assets, css));
      expect(text, css).not.toMatch(/url\(\s*['"]?(https?:|\/\/)/);
      expect(text, css).not.toMatch(/@import/);
    }
  });

  test('holds no way to reach the network or run code from a string', () => {
    const scripts = filesEnding('.js');
    expect(scripts.length).toBeGreaterThan(0);
    for (const script of scripts) {
      const code = read(join(assets, script));
      for (const token of ['fetch(', 'XMLHttpRequest', 'WebSocket', 'EventSource', 'sendBeacon', 'importScripts', 'eval(', 'new Function']) {
        expect(code.includes(token), `${script} has ${token}`).toBe(false);
      }
    }
  });

  test('its preload hands the page one object and nothing else', () => {
    const preload = read(join(process.cwd(), 'out', 'preload', 'index.cjs'));
    expect([...preload.matchAll(/exposeInMainWorld\(\s*["'`]([^"'`]+)/g)].map((match) => match[1])).toEqual(['lifeboat']);
  });
});

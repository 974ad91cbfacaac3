import { test, expect } from '@playwright/test';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

const out = join(process.cwd(), 'out');

test.describe('build output', () => {
  test('the preload is one CommonJS file that requires nothing but electron', () => {
    const preload = readFileSync(join(out, 'preload', 'index.cjs'), 'utf8');
    const required = [...preload.matchAll(/require\(["']([^"']+)["']\)/g)].map((m) => m[1]);
    expect(required).toEqual(['electron']);
    expect(preload).not.toMatch(/^\s*import\s/m);
    expect(readdirSync(join(out, 'preload'))).toEqual(['index.cjs']);
  });

  test('the page carries a strict Content-Security-Policy', () => {
    const html = readFileSync(join(out, 'renderer', 'index.html'), 'utf8');
    const csp = /http-equiv="Content-Security-Policy"\s+content="([^"]+)"/.exec(html)?.[1] ?? '';
    expect(csp).toContain("default-src 'none'");
    expect(csp).toContain("script-src 'self'");
    expect(csp).not.toContain('unsafe-inline');
    expect(csp).not.toContain('unsafe-eval');
  });

  test('the renderer JavaScript is minified', () => {
    const assets = join(out, 'renderer', 'assets');
    const js = readdirSync(assets).filter((f) => f.endsWith('.js'));
    expect(js.length).toBeGreaterThan(0);
    for (const file of js) {
      const code = readFileSync(join(assets, file), 'utf8');
      const lines = code.split('\n').length;
      // A small chunk shared by two lazily loaded screens is minified onto a line or two.
      if (code.length < 2000) expect(lines, file).toBeLessThanOrEqual(2);
      else expect(code.length / lines, file).toBeGreaterThan(500);
    }
  });
});

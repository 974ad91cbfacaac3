import { describe, expect, it } from 'vitest';
import { ESLint } from 'eslint';

const eslint = new ESLint({ cwd: process.cwd() });

async function ruleIds(code: string, filePath: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath });
  return (result?.messages ?? []).map((m) => m.ruleId ?? m.message);
}

describe('lint rules', () => {
  it('refuses electron in the core', async () => {
    const ids = await ruleIds("import { app } from 'electron';\nexport const x = app;\n", 'src/main/core/probes/example.ts');
    expect(ids).toContain('@typescript-eslint/no-restricted-imports');
  });
  it('allows electron in the four main files and the preload', async () => {
    for (const file of ['src/main/index.ts', 'src/main/window.ts', 'src/main/ipc.ts', 'src/main/store.ts', 'src/preload/index.ts']) {
      expect(await ruleIds("import { app } from 'electron';\nexport const x = app;\n", file)).toEqual([]);
    }
  });
  it('allows type-only electron imports anywhere in main', async () => {
    expect(await ruleIds("import type { App } from 'electron';\nexport type X = App;\n", 'src/main/core/x.ts')).toEqual([]);
  });
  it('refuses ipcRenderer outside the preload', async () => {
    const ids = await ruleIds("import { ipcRenderer } from 'electron';\nexport const x = ipcRenderer;\n", 'src/main/ipc.ts');
    expect(ids).toContain('no-restricted-syntax');
  });
  it('refuses Node built-ins in shared code and the renderer', async () => {
    expect(await ruleIds("import fs from 'node:fs';\nexport const x = fs;\n", 'src/shared/x.ts')).toContain('@typescript-eslint/no-restricted-imports');
    expect(await ruleIds("import fs from 'node:fs';\nexport const x = fs;\n", 'src/renderer/src/x.ts')).toContain('@typescript-eslint/no-restricted-imports');
  });
  it('keeps the backups probe read-only: no file-changing import from fs', async () => {
    const file = 'src/main/core/probes/backups/example.ts';
    expect(await ruleIds("import { writeFile } from 'node:fs/promises';\nexport const x = writeFile;\n", file)).toContain('@typescript-eslint/no-restricted-imports');
    expect(await ruleIds("import fs from 'node:fs';\nexport const x = fs;\n", file)).toContain('@typescript-eslint/no-restricted-imports');
    expect(await ruleIds("import * as fs from 'node:fs';\nexport const x = fs;\n", file)).toContain('@typescript-eslint/no-restricted-imports');
    expect(await ruleIds("import { readFile, stat } from 'node:fs/promises';\nexport const x = [readFile, stat];\n", file)).toEqual([]);
    expect(await ruleIds("import { app } from 'electron';\nexport const x = app;\n", file)).toContain('@typescript-eslint/no-restricted-imports');
  });
});

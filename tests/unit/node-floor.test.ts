/**
 * The Node.js floor is said truthfully: running the app needs what Electron's installer declares
 * (22.12), and `engines` and the README say so; the doctor and the whole test suite run on Node 20.19
 * too, which every other dependency accepts, and the README says that as well.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { floorOf, satisfiesNodeRange } from '../support/node-range';

interface PackageJson {
  engines?: { node?: string };
  dependencies?: Record<string, string>;
  devDependencies?: Record<string, string>;
}

const readJson = (path: string) => JSON.parse(readFileSync(path, 'utf8')) as PackageJson;
const project = readJson('package.json');
const readme = readFileSync('README.md', 'utf8');

/**
 * The installed package.json of `name`, as Node would find it from the package at `from`. Read as
 * a file, since packages with `exports` need not export their package.json.
 */
function installed(name: string, from = '.'): PackageJson {
  const nested = join(from, 'node_modules', name, 'package.json');
  return readJson(existsSync(nested) ? nested : join('node_modules', name, 'package.json'));
}

/** The floor for the doctor, the build and the tests. */
const TOOLING_FLOOR = '20.19.0';
/** What only the running app needs: Electron and the installer that fetches its binary. */
const APP_ONLY = ['electron'];

describe('node floor', () => {
  const appFloor = floorOf(project.engines?.node ?? '');

  it('engines says the floor of Electron and its installer, the strictest the app needs', () => {
    const electronPackage = installed('electron');
    const installerPackage = installed('@electron/get', join('node_modules', 'electron'));
    const floors = [electronPackage, installerPackage].map((pkg) => floorOf(pkg.engines?.node ?? ''));
    expect(floors.every((floor) => satisfiesNodeRange(appFloor, `>=${floor}`))).toBe(true);
    expect(appFloor).toBe('22.12.0');
  });

  it('every other dependency runs on Node 20.19, so the doctor and the tests do', () => {
    const names = Object.keys({ ...project.dependencies, ...project.devDependencies }).filter((name) => !APP_ONLY.includes(name));
    const refusing = names.filter((name) => !satisfiesNodeRange(TOOLING_FLOOR, installed(name).engines?.node));
    expect(refusing).toEqual([]);
  });

  it('the README says both floors: 22.12 to run the app, 20.19 for the doctor and the tests', () => {
    const runIt = readme.split(/^## /m).find((part) => part.startsWith('Run it')) ?? '';
    expect(runIt).toMatch(/Node\.js\]\([^)]*\) 22\.12 or newer/);
    expect(readme).toMatch(/The app needs Node\.js 22\.12 or newer[^.]*; the build, the tests and\s+the doctor also run on Node\.js 20\.19 or newer/);
  });

  it('the GitHub workflow sets up a Node that can run the app', () => {
    const workflow = parseYaml(readFileSync('.github/workflows/ci.yml', 'utf8')) as { jobs: Record<string, { steps: Array<{ uses?: string; with?: { 'node-version'?: string | number } }> }> };
    const versions = Object.values(workflow.jobs).flatMap((job) => job.steps.filter((step) => step.uses?.startsWith('actions/setup-node@')).map((step) => String(step.with?.['node-version'])));
    expect(versions.length).toBeGreaterThan(0);
    // setup-node reads "22" as the newest 22.x, which is past 22.12.
    for (const version of versions) expect(Number.parseInt(version, 10)).toBeGreaterThanOrEqual(22);
  });
});

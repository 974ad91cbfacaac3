/** Types for scripts/electron/installed.mjs, which tests import. */

/** The folder of the `electron` package the project at `root` resolves. */
export declare function electronPackageDir(root: string): string;
/** Where the executable sits inside Electron's `dist` folder on a platform (as install.js names it). */
export declare function binaryPathInDist(env?: NodeJS.ProcessEnv): string;
/** The Electron package's version, and the binary's path when it is fully installed, else null. */
export declare function findInstalledElectron(packageDir: string, env?: NodeJS.ProcessEnv): { version: string; binary: string | null };

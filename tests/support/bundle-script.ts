/**
 * Bundles one TypeScript entry into a single script held in memory: CommonJS for code that runs as
 * a sandboxed preload, an IIFE for code injected into a page.
 */
import { build, type Rolldown } from 'vite';

/** What to bundle and how. */
export interface BundleOptions {
  entry: string;
  format: 'cjs' | 'iife';
  /** The global an IIFE assigns its exports to. */
  name?: string;
  /** Modules left to the runtime's own `require`. */
  external?: string[];
}

/** The bundled code of `entry`. */
export async function bundleScript({ entry, format, name, external = [] }: BundleOptions): Promise<string> {
  const output = await build({
    configFile: false,
    logLevel: 'silent',
    build: {
      write: false,
      minify: false,
      lib: { entry, formats: [format], name, fileName: 'index' },
      rollupOptions: { external },
    },
  });
  const results = (Array.isArray(output) ? output : [output]) as Rolldown.RolldownOutput[];
  const chunk = results.flatMap((result) => result.output).find((item) => item.type === 'chunk' && item.isEntry);
  if (!chunk || chunk.type !== 'chunk') throw new Error(`Bundling ${entry} produced no script.`);
  return chunk.code;
}

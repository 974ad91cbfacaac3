import { defineConfig } from 'vitest/config';
import react from '@vitejs/plugin-react';

/**
 * Every test runs in New Zealand time (UTC+13 in November, UTC+12 in winter) whatever the machine's
 * own zone. On a UTC machine local time and UTC agree, so a date read as UTC where local time was
 * meant, or the reverse, passes unseen; thirteen hours off, it shows up as a day off. One fixed
 * zone also makes a developer's run in any zone see what CI sees.
 */
process.env.TZ = 'Pacific/Auckland';

/** Tests check behaviour, not speed; a busy two-core CI machine must not turn slowness into failures. */
const testTimeout = 20_000;

export default defineConfig({
  test: {
    // Many tests wait on sockets, child processes and timers rather than the CPU: three workers on
    // two cores take the unit, soak and renderer projects from 2 min 45 s to 1 min 48 s here.
    maxWorkers: 3,
    projects: [
      {
        test: {
          name: 'unit',
          environment: 'node',
          include: ['tests/unit/**/*.test.ts'],
          testTimeout,
          // electron-store imports electron itself; inlined, it gets the Electron stand-in the tests mock in.
          server: { deps: { inline: ['electron-store'] } },
        },
      },
      {
        test: {
          name: 'soak',
          environment: 'node',
          include: ['tests/soak/**/*.test.ts'],
          testTimeout: 60_000,
          // The soak tests weigh the heap after a full collection.
          execArgv: ['--expose-gc'],
        },
      },
      {
        test: {
          name: 'hostile',
          environment: 'node',
          include: ['tests/hostile/**/*.test.ts'],
          // Each case runs the built doctor as a child and measures it; a few at a time keep the measure honest on two cores.
          testTimeout: 90_000,
          hookTimeout: 60_000,
          maxWorkers: 1,
          maxConcurrency: 2,
        },
      },
      {
        plugins: [react()],
        test: {
          name: 'renderer',
          environment: 'happy-dom',
          include: ['tests/renderer/**/*.test.{ts,tsx}'],
          setupFiles: ['tests/renderer/setup.ts'],
          testTimeout,
        },
      },
    ],
  },
});

// Loaded into a child with `node --import`: when the process exits, for whatever reason short of a
// kill, it writes its peak resident set size (VmHWM, which covers every thread of the process,
// workers included) to the file named by LIFEBOAT_PEAK_RSS_FILE. Linux only (/proc).
import { readFileSync, writeFileSync } from 'node:fs';

const target = process.env.LIFEBOAT_PEAK_RSS_FILE;
if (target) {
  process.on('exit', () => {
    const match = /^VmHWM:\s+(\d+) kB$/m.exec(readFileSync('/proc/self/status', 'utf8'));
    if (match) writeFileSync(target, String(Number(match[1]) * 1024));
  });
}

// Loaded into a child with `node --import`: when the process exits, for whatever reason short of a
// kill, it writes its peak resident set size (VmHWM, which covers every thread of the process,
// workers included) and the CPU time it used (all threads) to the file named by
// LIFEBOAT_PEAK_RSS_FILE, as "bytes microseconds". Linux only (/proc).
import { readFileSync, writeFileSync } from 'node:fs';

const target = process.env.LIFEBOAT_PEAK_RSS_FILE;
if (target) {
  process.on('exit', () => {
    const match = /^VmHWM:\s+(\d+) kB$/m.exec(readFileSync('/proc/self/status', 'utf8'));
    const cpu = process.cpuUsage();
    if (match) writeFileSync(target, `${Number(match[1]) * 1024} ${cpu.user + cpu.system}`);
  });
}

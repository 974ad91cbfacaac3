/**
 * The headless doctor: runs the core once under plain Node (no Electron), prints what it found
 * and what to do next, in plain words or as one JSON object (`--json`) on stdout. Exit 0
 * whenever it reports, 2 for bad arguments; every message is one line, never a stack trace.
 * This file only hands the real process to `runDoctorProcess`.
 */
import { runDoctorProcess } from './doctor/process-wiring';

void runDoctorProcess(process);

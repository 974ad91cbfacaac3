/** Lays the doctor's report out as plain text for a terminal. */
import { routeProgramName } from '../../shared/guidance/route';
import { safeBlock } from '../../shared/safe-text';
import type { SourceStatus, Sources } from '../../shared/snapshot';
import type { DoctorReport } from './report';
import { describeBackup } from './backup-lines';
import { describeDevice } from './diagnosis';
import { formatSize } from '../../shared/content/format';

const SOURCE_NAMES: Record<keyof Sources, string> = {
  host: 'Computer',
  usb: 'USB',
  usbmux: 'usbmuxd',
  backups: 'Backups',
  status: 'Apple status',
};

function sourceLine(status: SourceStatus): string {
  if (status.state === 'ok') return status.reason ? `ok (${status.reason})` : 'ok';
  return `${status.state}: ${status.reason ?? ''}`.trim();
}

/** A heading and its text as one line of prose. */
function sentence(title: string, body: string): string {
  return /[.!?]$/.test(title) ? `${title} ${body}` : `${title}. ${body}`;
}

function walkthroughLine(report: DoctorReport): string {
  const { stepNumber, stepCount, says } = report.plan.walkthrough;
  return stepNumber === null ? says : `step ${stepNumber} of ${stepCount}: ${says}`;
}

function severityLabel(severity: DoctorReport['plan']['warnings'][number]['severity']): string {
  return { problem: 'Problem:', warning: 'Warning:', info: 'Note:' }[severity];
}

const NOT_CHECKED = 'not checked (they would be this computer’s, not the one planned for)';

/** Where the doctor looked for backups, what it found there, and the free space beside them. */
function folderLines(report: DoctorReport): string[] {
  if (report.notChecked.includes('backups')) return [`Backups:        ${NOT_CHECKED}`];
  const folders = report.backupFolders.length === 0 ? ['  (none: this system has no standard place for iPhone backups; use --backups-dir)'] : report.backupFolders.map((folder) => `  - ${folder}`);
  const free = report.disk.freeBytes === null ? 'unknown' : formatSize(report.disk.freeBytes);
  return [
    `Backups:        ${report.backups.length === 0 ? 'none found' : `${report.backups.length} found`}`,
    ...report.backups.map((backup) => `  - ${describeBackup(backup)}`),
    'Folders checked:',
    ...folders,
    `Free space:     ${free}${report.backupFolders.length > 0 ? ' where backups go' : ''}`,
  ];
}

/** The report in plain words, safe to print to a terminal. */
export function formatText(report: DoctorReport): string {
  const lines = [
    `Backup Lifeboat doctor ${report.doctor.version}`,
    '',
    `Computer:       ${report.host.displayName}${report.notChecked.length > 0 ? ' (planned for with --host; not this computer)' : ''}`,
    `Backup program: ${routeProgramName(report.route)}`,
    `Phones:         ${report.notChecked.includes('usbmux') ? NOT_CHECKED : report.devices.length === 0 ? 'none connected' : ''}`.trimEnd(),
    ...report.devices.map((device) => `  - ${describeDevice(device)}`),
    ...folderLines(report),
    `iCloud Backup:  ${report.icloudBackupStatus.state}: ${report.icloudBackupStatus.message}`,
    '',
    'Sources:',
    ...(Object.keys(SOURCE_NAMES) as Array<keyof Sources>).map((key) => `  ${SOURCE_NAMES[key].padEnd(13)}${sourceLine(report.sources[key])}`),
    '',
    'What was found:',
    ...report.findings.map((finding) => `  - ${finding}`),
    '',
    `Next: ${report.next}`,
    '',
    'What the app shows:',
    `  Next step:    ${sentence(report.plan.next.title, report.plan.next.body)}`,
    `  Walkthrough:  ${walkthroughLine(report)}`,
    ...report.plan.warnings.map((warning) => `  ${severityLabel(warning.severity).padEnd(14)}${sentence(warning.title, warning.body)}`),
  ];
  // Every line may carry something a peer said (a name, Apple's message, a backup's facts): nothing in it may drive the terminal.
  return `${safeBlock(lines.join('\n'))}\n`;
}

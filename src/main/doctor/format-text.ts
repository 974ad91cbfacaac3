/** Lays the doctor's report out as plain text for a terminal. */
import { routeProgramName } from '../../shared/guidance/route';
import type { SourceStatus, Sources } from '../../shared/snapshot';
import type { DoctorReport } from './report';
import { describeDevice } from './diagnosis';
import { phoneSaysText } from './phone-says-text';

const SOURCE_NAMES: Record<keyof Sources, string> = {
  host: 'Computer',
  usb: 'USB',
  usbmux: 'usbmuxd',
  backups: 'Backups',
  status: 'Apple status',
};

function sourceLine(status: SourceStatus): string {
  return status.state === 'ok' ? 'ok' : `${status.state}: ${status.reason ?? ''}`.trim();
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

/** The report in plain words; `now` dates what the phones said. */
export function formatText(report: DoctorReport, now: Date = new Date()): string {
  const lines = [
    'Backup Lifeboat doctor',
    '',
    `Computer:       ${report.host.displayName}`,
    `Backup program: ${routeProgramName(report.route)}`,
    `Phones:         ${report.devices.length === 0 ? 'none connected' : ''}`.trimEnd(),
    ...report.devices.flatMap((device) => [`  - ${describeDevice(device)}`, ...phoneSaysText(device, now).map((line) => `      ${line}`)]),
    `Backups:        ${report.backups.length === 0 ? 'none found' : `${report.backups.length} found`}`,
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
  return `${lines.join('\n')}\n`;
}

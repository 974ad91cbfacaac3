/** Lays the doctor's report out as plain text for a terminal. */
import { routeProgramName } from '../../shared/guidance/route';
import type { SourceStatus, Sources } from '../../shared/snapshot';
import type { DoctorReport } from './report';
import { describeDevice } from './diagnosis';

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

/** The report in plain words. */
export function formatText(report: DoctorReport): string {
  const lines = [
    'Backup Lifeboat doctor',
    '',
    `Computer:       ${report.host.displayName}`,
    `Backup program: ${routeProgramName(report.route)}`,
    `Phones:         ${report.devices.length === 0 ? 'none connected' : ''}`.trimEnd(),
    ...report.devices.map((device) => `  - ${describeDevice(device)}`),
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
  ];
  return `${lines.join('\n')}\n`;
}

/** Dates, times and sizes written the same way everywhere, in US English, independent of the system locale. */

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

function toDate(value: string): Date {
  const dayOnly = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  return dayOnly ? new Date(Number(dayOnly[1]), Number(dayOnly[2]) - 1, Number(dayOnly[3])) : new Date(value);
}

const pad = (n: number) => String(n).padStart(2, '0');

/** "2:05 PM" in the computer's time zone. */
export function formatClock(iso: string): string {
  const date = toDate(iso);
  const hours = date.getHours() % 12 === 0 ? 12 : date.getHours() % 12;
  return `${hours}:${pad(date.getMinutes())} ${date.getHours() < 12 ? 'AM' : 'PM'}`;
}

/** "Nov 3, 2026". */
export function formatDay(value: string): string {
  const date = toDate(value);
  return `${MONTHS[date.getMonth()]} ${date.getDate()}, ${date.getFullYear()}`;
}

/** True when both are on the same calendar day here. */
export function sameDay(a: Date, b: Date): boolean {
  return a.getFullYear() === b.getFullYear() && a.getMonth() === b.getMonth() && a.getDate() === b.getDate();
}

/** "2:05 PM" today, "2:05 PM on Nov 3, 2026" otherwise. */
export function formatMoment(iso: string, now: Date): string {
  return sameDay(toDate(iso), now) ? formatClock(iso) : `${formatClock(iso)} on ${formatDay(iso)}`;
}

/** "less than a minute", "1 minute", "12 minutes", "1 hour 5 minutes". */
export function formatDuration(ms: number): string {
  const minutes = Math.floor(Math.max(0, ms) / 60_000);
  if (minutes < 1) return 'less than a minute';
  const hours = Math.floor(minutes / 60);
  const rest = minutes % 60;
  const unit = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;
  if (hours === 0) return unit(minutes, 'minute');
  return rest === 0 ? unit(hours, 'hour') : `${unit(hours, 'hour')} ${unit(rest, 'minute')}`;
}

/** "2:05 PM on Nov 3, 2026", always with the day: a time alone cannot say which backup it was. */
export function formatDateTime(iso: string): string {
  return `${formatClock(iso)} on ${formatDay(iso)}`;
}

/** "12,345": counts of files and photos, grouped the same way everywhere. */
export function formatCount(count: number): string {
  return count.toLocaleString('en-US');
}

/** "today", "yesterday", "12 days ago". */
export function formatAge(days: number): string {
  if (days <= 0) return 'today';
  if (days === 1) return 'yesterday';
  return `${days} days ago`;
}

/** Whole megabytes (1 MB = 1,000,000 bytes, as Apple counts); "less than 1 MB" rather than a puzzling "0 MB". */
export function formatMegabytes(bytes: number): string {
  if (bytes > 0 && bytes < 500_000) return 'less than 1 MB';
  return `${Math.round(bytes / 1_000_000).toLocaleString('en-US')} MB`;
}

/** "850 MB" or "12.4 GB". */
export function formatSize(bytes: number): string {
  return bytes < 1_000_000_000 ? formatMegabytes(bytes) : `${(bytes / 1_000_000_000).toFixed(1)} GB`;
}

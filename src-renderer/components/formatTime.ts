/** Times are stored in UTC and shown in Asia/Shanghai, whatever the laptop's zone is. */
const dateTime = new Intl.DateTimeFormat('zh-CN', {
  timeZone: 'Asia/Shanghai',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  hour12: false,
});

const clock = new Intl.DateTimeFormat('zh-CN', {
  timeZone: 'Asia/Shanghai',
  hour: '2-digit',
  minute: '2-digit',
  second: '2-digit',
  hour12: false,
});

export function formatDateTime(iso: string | undefined): string {
  return iso ? dateTime.format(new Date(iso)) : '';
}

export function formatClock(iso: string): string {
  return clock.format(new Date(iso));
}

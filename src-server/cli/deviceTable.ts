/** `npm run server -- devices`: one tab-separated line per device, a header first. */
import type { listDevices } from '../store/deviceStore';

type DeviceRows = Awaited<ReturnType<typeof listDevices>>;

const COLUMNS = [
  'id',
  'short id',
  'name',
  'scope',
  'role',
  'enrolled',
  'last seen',
  'last sync',
  'outbox',
  'state',
] as const;

/** Tabs and line breaks in a name would break the columns: shown as spaces. */
function cell(value: string | number | null): string {
  return value === null ? '-' : String(value).replace(/[\t\r\n]+/g, ' ');
}

export function formatDeviceTable(rows: DeviceRows): string {
  const lines = [COLUMNS.join('\t')];
  for (const r of rows) {
    lines.push(
      [
        r.id,
        r.short_id,
        r.name,
        r.scope,
        r.role,
        r.created_at,
        r.last_seen_at,
        r.last_sync_at,
        r.last_outbox_size,
        r.revoked !== 0 ? `revoked ${r.revoked_at ?? ''}`.trim() : 'active',
      ]
        .map(cell)
        .join('\t'),
    );
  }
  return lines.join('\n');
}

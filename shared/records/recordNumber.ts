/**
 * Record numbers (docs/design.md "Records"): county short name + year + device short id + the
 * device's own sequence for that county and year, e.g. `孝义-2026-D7K-0042`. Unique without a
 * server as long as no two devices share a short id; the record id stays the real key.
 *
 * Short ids come in two lengths (docs/records.md "Device short ids"): three characters made
 * on the laptop from its id (before enrolment; may collide between laptops), and four
 * characters handed out by the office server at enrolment, unique city-wide. The lengths
 * never meet, so a server-assigned id can never repeat a number a laptop printed with its
 * own three-character id.
 */
import { counties, type County } from '../domain/counties';

/**
 * Alphabet of device short ids: digits 2–9 and capitals without I, L, O (nothing to misread
 * on paper). Must equal SHORT_ID_ALPHABET in src-renderer/db/settingSchemas.ts, which shared/
 * cannot import; a unit test keeps the two equal.
 */
export const DEVICE_SHORT_ID_ALPHABET = '23456789ABCDEFGHJKMNPQRSTUVWXYZ';

export interface RecordNumberParts {
  readonly countyShort: string;
  readonly year: number;
  readonly deviceShortId: string;
  /** From 1; printed with at least four digits. */
  readonly sequence: number;
}

/** Length of the short ids the office server assigns (a laptop's own have 3). */
export const SERVER_SHORT_ID_LENGTH = 4;

const SHORT_ID = new RegExp(`^[${DEVICE_SHORT_ID_ALPHABET}]{3,4}$`);
const PATTERN = new RegExp(
  `^(\\p{Script=Han}{2,4})-(\\d{4})-([${DEVICE_SHORT_ID_ALPHABET}]{3,4})-(\\d{4,9})$`,
  'u',
);

export function formatRecordNumber(parts: RecordNumberParts): string {
  const { countyShort, year, deviceShortId, sequence } = parts;
  if (!counties.some((c) => c.short === countyShort))
    throw new RangeError(`unknown county short name ${countyShort}`);
  if (!Number.isInteger(year) || year < 2000 || year > 9999)
    throw new RangeError(`year out of range: ${year}`);
  if (!SHORT_ID.test(deviceShortId))
    throw new RangeError(`not a device short id: ${deviceShortId}`);
  if (!Number.isSafeInteger(sequence) || sequence < 1 || sequence > 999_999_999) {
    throw new RangeError(`sequence out of range: ${sequence}`);
  }
  return `${countyShort}-${year}-${deviceShortId}-${String(sequence).padStart(4, '0')}`;
}

export type ParsedRecordNumber = RecordNumberParts & { readonly county: County };

/** The parts of a record number, or undefined when the text is not one (any county unknown too). */
export function parseRecordNumber(text: string): ParsedRecordNumber | undefined {
  const match = PATTERN.exec(text.trim());
  if (!match) return undefined;
  const [, countyShort = '', year = '', deviceShortId = '', sequence = ''] = match;
  const county = counties.find((c) => c.short === countyShort);
  const seq = Number(sequence);
  // A zero sequence or extra leading zeros would give two spellings of one number.
  if (!county || seq < 1 || (sequence.length > 4 && sequence.startsWith('0'))) return undefined;
  return { county, countyShort, year: Number(year), deviceShortId, sequence: seq };
}

/** The year a record is numbered in: the calendar year in Asia/Shanghai (UTC+8, no DST). */
export function recordYear(isoTime: string): number {
  const time = Date.parse(isoTime);
  if (Number.isNaN(time)) throw new RangeError(`not a time: ${isoTime}`);
  return new Date(time + 8 * 60 * 60 * 1000).getUTCFullYear();
}

/** How many distinct server short ids exist: 31⁴ = 923,521. */
export const SERVER_SHORT_ID_COUNT = DEVICE_SHORT_ID_ALPHABET.length ** SERVER_SHORT_ID_LENGTH;

/**
 * The server's `index`-th short id (0-based). Multiplying by a number coprime with 31⁴ is a
 * bijection modulo 31⁴, so consecutive enrolments get distinct ids that do not look
 * consecutive (no one reads 2223 as "the laptop after 2222").
 */
export function serverShortIdAt(index: number): string {
  if (!Number.isSafeInteger(index) || index < 0 || index >= SERVER_SHORT_ID_COUNT)
    throw new RangeError(`no server short id number ${index}`);
  const base = DEVICE_SHORT_ID_ALPHABET.length;
  let n = (index * 7_919 + 104_729) % SERVER_SHORT_ID_COUNT;
  let out = '';
  for (let i = 0; i < SERVER_SHORT_ID_LENGTH; i++) {
    out += DEVICE_SHORT_ID_ALPHABET.charAt(n % base);
    n = Math.floor(n / base);
  }
  return out;
}

/** Whether `text` is a short id of either kind. */
export function isDeviceShortId(text: string): boolean {
  return SHORT_ID.test(text);
}

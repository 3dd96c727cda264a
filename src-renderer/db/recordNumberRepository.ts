/**
 * Per-device record-number sequences, one per county and year (docs/design.md "Records"). The
 * read-increment-write runs in one rw transaction on `settings`; IndexedDB serialises rw
 * transactions over the same store, so concurrent calls (two windows, a double click) get
 * different numbers, and a committed sequence survives a reload. Called inside a caller's
 * transaction (finalising) the increment commits or rolls back with the record.
 */
import { z } from 'zod';
import { CountyCodeSchema, findCounty } from '../../shared/domain/counties';
import { formatRecordNumber } from '../../shared/records/recordNumber';
import type { AppDatabase } from './database';
import { getDeviceIdentity, numberingShortId } from './deviceRepository';

const LastSequence = z.number().int().nonnegative();

/** Settings key of one sequence; not in settingSchemas: only this module writes it. */
export function sequenceKey(countyCode: string, year: number): string {
  return `recordSequence:${countyCode}:${year}`;
}

export interface AllocatedNumber {
  readonly recordNumber: string;
  readonly sequence: number;
}

/** The next number of this device for the county and year; never the same one twice. */
export async function allocateRecordNumber(
  db: AppDatabase,
  countyCode: string,
  year: number,
): Promise<AllocatedNumber> {
  const county = findCounty(CountyCodeSchema.parse(countyCode));
  if (county === undefined) throw new RangeError(`unknown county ${countyCode}`);
  return db.transaction('rw', db.settings, async () => {
    const identity = await getDeviceIdentity(db);
    const shortId = numberingShortId(identity);
    const key = sequenceKey(county.code, year);
    const row = await db.settings.get(key);
    // A damaged counter throws rather than restarting at 1, which would repeat numbers.
    const last = row === undefined ? 0 : LastSequence.parse(row.value);
    const sequence = last + 1;
    const recordNumber = formatRecordNumber({
      countyShort: county.short,
      year,
      deviceShortId: shortId,
      sequence,
    });
    await db.settings.put({ key, value: sequence });
    return { recordNumber, sequence };
  });
}

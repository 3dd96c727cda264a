import { afterEach, describe, expect, it } from 'vitest';
import { parseRecordNumber } from '../../../shared/records/recordNumber';
import { openDatabase, type AppDatabase } from '../../../src-renderer/db/database';
import { getDeviceIdentity } from '../../../src-renderer/db/deviceRepository';
import { allocateRecordNumber, sequenceKey } from '../../../src-renderer/db/recordNumberRepository';
import { freshDatabase } from '../testDatabase';

let db: AppDatabase;
const others: AppDatabase[] = [];
afterEach(async () => {
  for (const other of others.splice(0)) other.close();
  await db.delete();
});

describe('allocateRecordNumber', () => {
  it('never repeats across 10,000 allocations, concurrent ones, and a reload', async () => {
    db = freshDatabase();
    const { shortId } = await getDeviceIdentity(db);
    const numbers: string[] = [];
    // Batches of concurrent calls: each batch races for the same counter.
    for (let batch = 0; batch < 100; batch++) {
      const results = await Promise.all(
        Array.from({ length: 100 }, () => allocateRecordNumber(db, '141181', 2026)),
      );
      numbers.push(...results.map((r) => r.recordNumber));
    }
    expect(new Set(numbers).size).toBe(10_000);
    const sequences = numbers.map((n) => parseRecordNumber(n)?.sequence ?? 0).sort((a, b) => a - b);
    expect(sequences[0]).toBe(1);
    expect(sequences.at(-1)).toBe(10_000); // no gaps either
    expect(numbers[0]).toBe(`孝义-2026-${shortId}-0001`);

    // A reload: a new connection to the same database, as after restarting the app.
    const name = db.name;
    db.close();
    db = openDatabase(name);
    const after = await allocateRecordNumber(db, '141181', 2026);
    expect(after.recordNumber).toBe(`孝义-2026-${shortId}-10001`);
  }, 120_000);

  it('gives two windows on the same database different numbers', async () => {
    db = freshDatabase();
    const second = openDatabase(db.name);
    others.push(second);
    const results = await Promise.all(
      Array.from({ length: 50 }, (_, i) =>
        allocateRecordNumber(i % 2 === 0 ? db : second, '141102', 2026),
      ),
    );
    expect(new Set(results.map((r) => r.recordNumber)).size).toBe(50);
  });

  it('keeps one sequence per county and per year', async () => {
    db = freshDatabase();
    const a = await allocateRecordNumber(db, '141181', 2026);
    const b = await allocateRecordNumber(db, '141102', 2026);
    const c = await allocateRecordNumber(db, '141181', 2027);
    const d = await allocateRecordNumber(db, '141181', 2026);
    expect([a, b, c, d].map((r) => r.sequence)).toEqual([1, 1, 1, 2]);
    expect(b.recordNumber).toMatch(/^离石-2026-[2-9A-Z]{3}-0001$/);
  });

  it('refuses an unknown county, and a damaged counter rather than restarting at 1', async () => {
    db = freshDatabase();
    await expect(allocateRecordNumber(db, '140100', 2026)).rejects.toThrow();
    await db.settings.put({ key: sequenceKey('141181', 2026), value: 'forty-two' });
    await expect(allocateRecordNumber(db, '141181', 2026)).rejects.toThrow();
    expect((await db.settings.get(sequenceKey('141181', 2026)))?.value).toBe('forty-two');
  });
});

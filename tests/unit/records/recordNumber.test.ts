import { describe, expect, it } from 'vitest';
import { counties } from '../../../shared/domain/counties';
import {
  DEVICE_SHORT_ID_ALPHABET,
  formatRecordNumber,
  parseRecordNumber,
  recordYear,
  SERVER_SHORT_ID_COUNT,
  serverShortIdAt,
} from '../../../shared/records/recordNumber';
import { SHORT_ID_ALPHABET } from '../../../src-renderer/db/settingSchemas';

describe('record numbers', () => {
  it('formats the documented example and reads it back', () => {
    const number = formatRecordNumber({
      countyShort: '孝义',
      year: 2026,
      deviceShortId: 'D7K',
      sequence: 42,
    });
    expect(number).toBe('孝义-2026-D7K-0042');
    expect(parseRecordNumber(number)).toMatchObject({
      countyShort: '孝义',
      year: 2026,
      deviceShortId: 'D7K',
      sequence: 42,
      county: { code: '141181' },
    });
  });

  it('round-trips every county, and sequences past 9999', () => {
    for (const county of counties) {
      for (const sequence of [1, 999, 9999, 10_000, 123_456]) {
        const number = formatRecordNumber({
          countyShort: county.short,
          year: 2027,
          deviceShortId: '2ZQ',
          sequence,
        });
        expect(parseRecordNumber(number)).toMatchObject({ countyShort: county.short, sequence });
      }
    }
    expect(
      formatRecordNumber({
        countyShort: '临县',
        year: 2026,
        deviceShortId: 'ABC',
        sequence: 10_000,
      }),
    ).toBe('临县-2026-ABC-10000');
  });

  it.each([
    '孝义-2026-D7K-42',
    '孝义-2026-D7I-0042', // I is not in the alphabet
    '太原-2026-D7K-0042', // not a Lüliang county
    '孝义-26-D7K-0042',
    '孝义-2026-D7K-0000',
    '孝义-2026-D7K-00042', // two spellings of one number
    '孝义－2026－D7K－0042', // full-width hyphens
    '',
  ])('refuses %j', (text) => {
    expect(parseRecordNumber(text)).toBeUndefined();
  });

  it('refuses to format what it could not parse', () => {
    expect(() =>
      formatRecordNumber({ countyShort: '太原', year: 2026, deviceShortId: 'D7K', sequence: 1 }),
    ).toThrow(RangeError);
    expect(() =>
      formatRecordNumber({ countyShort: '孝义', year: 2026, deviceShortId: 'd7k', sequence: 1 }),
    ).toThrow(RangeError);
    expect(() =>
      formatRecordNumber({ countyShort: '孝义', year: 2026, deviceShortId: 'D7K', sequence: 0 }),
    ).toThrow(RangeError);
    expect(() =>
      formatRecordNumber({ countyShort: '孝义', year: 2026, deviceShortId: 'D7K', sequence: 1.5 }),
    ).toThrow(RangeError);
  });

  it('uses the same short-id alphabet as the device identity', () => {
    expect(DEVICE_SHORT_ID_ALPHABET).toBe(SHORT_ID_ALPHABET);
  });

  it('numbers by the year in Lüliang, not in UTC', () => {
    expect(recordYear('2026-12-31T15:59:59.999Z')).toBe(2026);
    expect(recordYear('2026-12-31T16:00:00.000Z')).toBe(2027);
  });
});

describe('server-assigned short ids (docs/records.md "Device short ids")', () => {
  it('are four characters of the alphabet, distinct for every index, so never equal to a laptop’s three', () => {
    const seen = new Set<string>();
    // The first 20,000 (far beyond a city's laptops) and the very last ones.
    const indexes = [
      ...Array.from({ length: 20_000 }, (_, i) => i),
      SERVER_SHORT_ID_COUNT - 2,
      SERVER_SHORT_ID_COUNT - 1,
    ];
    for (const i of indexes) {
      const id = serverShortIdAt(i);
      expect(id).toMatch(new RegExp(`^[${DEVICE_SHORT_ID_ALPHABET}]{4}$`));
      seen.add(id);
    }
    expect(seen.size).toBe(indexes.length);
    expect(serverShortIdAt(0)).not.toBe(serverShortIdAt(1));
  });

  it('refuses an index outside the 31⁴ ids', () => {
    expect(() => serverShortIdAt(-1)).toThrow(RangeError);
    expect(() => serverShortIdAt(SERVER_SHORT_ID_COUNT)).toThrow(RangeError);
    expect(() => serverShortIdAt(1.5)).toThrow(RangeError);
  });

  it('make record numbers that format and parse like the laptop’s own', () => {
    const shortId = serverShortIdAt(41);
    const number = formatRecordNumber({
      countyShort: '孝义',
      year: 2026,
      deviceShortId: shortId,
      sequence: 7,
    });
    expect(number).toBe(`孝义-2026-${shortId}-0007`);
    expect(parseRecordNumber(number)).toMatchObject({ deviceShortId: shortId, sequence: 7 });
    expect(parseRecordNumber('孝义-2026-D7K2X-0007')).toBeUndefined();
  });
});

/**
 * The Node-testable half of photo intake: EXIF reading (exifr runs in Node), the size rules,
 * the stamp text and the location source. Decoding, drawing the stamp and encoding need
 * createImageBitmap and OffscreenCanvas (Chromium only): tests/bench/photo.bench.ts runs
 * intakePhoto in Chromium on the fixture photos, and the evidence e2e will cover it in the UI.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  locationFromSystem,
  LocationError,
  type GeolocationLike,
} from '../../../src-renderer/features/evidence/locationFromSystem';
import {
  EVIDENCE_LONG_EDGE,
  fitWithin,
  THUMBNAIL_LONG_EDGE,
} from '../../../src-renderer/features/evidence/photoSize';
import { stampLines } from '../../../src-renderer/features/evidence/photoStamp';
import {
  exifTimeToIso,
  readPhotoExif,
} from '../../../src-renderer/features/evidence/readPhotoExif';
import { insertExif } from '../../fixtures/photos/exifSegment';
import { fixturePhotoDir, fixturePhotos } from '../../fixtures/photos/fixturePhotos';

const bytesOf = (file: string) => new Uint8Array(readFileSync(join(fixturePhotoDir, file)));

describe('fixture photos', () => {
  it.each(fixturePhotos)(
    '$file is a small JPEG whose EXIF reads back as written',
    async ({ file, expected }) => {
      const bytes = bytesOf(file);
      expect(bytes.length).toBeLessThan(60 * 1024);
      expect([bytes[0], bytes[1]]).toEqual([0xff, 0xd8]);
      const exif = await readPhotoExif(bytes);
      expect(exif.takenAt).toBe(expected.takenAt);
      expect(exif.latitude).toBeCloseTo(expected.latitude ?? NaN, 6);
      expect(exif.longitude).toBeCloseTo(expected.longitude ?? NaN, 6);
    },
  );

  it('reads a Blob as well as bytes', async () => {
    const spec = fixturePhotos[0];
    if (!spec) throw new Error('no fixture');
    expect(await readPhotoExif(new Blob([bytesOf(spec.file)]))).toMatchObject({
      takenAt: spec.expected.takenAt,
    });
  });
});

describe('readPhotoExif', () => {
  const plain = bytesOf(fixturePhotos[2]?.file ?? '');
  const stripped = new Uint8Array([
    0xff,
    0xd8,
    ...plain.subarray(2 + 2 + ((plain[4] ?? 0) << 8) + (plain[5] ?? 0)),
  ]);

  it('gives nothing for a photo without EXIF or for bytes that are no image', async () => {
    expect(await readPhotoExif(stripped)).toEqual({});
    expect(await readPhotoExif(new TextEncoder().encode('这不是照片'))).toEqual({});
  });

  it('drops a 0,0 position (no GPS fix) and keeps the time', async () => {
    const exif = await readPhotoExif(
      insertExif(stripped, { dateTimeOriginal: '2026:07:01 12:00:00', latitude: 0, longitude: 0 }),
    );
    expect(exif).toEqual({ takenAt: '2026-07-01T04:00:00.000Z' });
  });

  it('reads southern and western hemispheres as negative', async () => {
    const exif = await readPhotoExif(
      insertExif(stripped, { latitude: -33.8568, longitude: -70.5 }),
    );
    expect(exif.latitude).toBeCloseTo(-33.8568, 5);
    expect(exif.longitude).toBeCloseTo(-70.5, 5);
  });

  it.each([
    ['2026:03:15 09:42:10', '+08:00', '2026-03-15T01:42:10.000Z'],
    ['2026:03:15 09:42:10', undefined, '2026-03-15T01:42:10.000Z'],
    ['2026:03:15 09:42:10', '-05:00', '2026-03-15T14:42:10.000Z'],
    ['2026:01:01 03:00:00', 'nonsense', '2025-12-31T19:00:00.000Z'],
    ['0000:00:00 00:00:00', undefined, undefined],
    ['2026:02:30 10:00:00', undefined, undefined],
    ['    :  :     :  :  ', undefined, undefined],
    [20260315, undefined, undefined],
  ])('EXIF time %j %j → %j', (text, offset, iso) => {
    expect(exifTimeToIso(text, offset)).toBe(iso);
  });
});

describe('photo sizes', () => {
  it.each([
    [4000, 3000, 1600, 1200],
    [3000, 4000, 1200, 1600],
    [2400, 1800, 1600, 1200],
    [1200, 1600, 1200, 1600],
    [800, 600, 800, 600],
    [16000, 90, 1600, 9],
    [90, 16000, 9, 1600],
  ])('%d×%d fits as %d×%d', (w, h, ew, eh) => {
    expect(fitWithin(w, h, EVIDENCE_LONG_EDGE)).toEqual({ width: ew, height: eh });
  });

  it('makes thumbnails of at most 320 px and never an empty one', () => {
    expect(fitWithin(1600, 1200, THUMBNAIL_LONG_EDGE)).toEqual({ width: 320, height: 240 });
    expect(fitWithin(20000, 10, THUMBNAIL_LONG_EDGE)).toEqual({ width: 320, height: 1 });
    expect(() => fitWithin(0, 10, 320)).toThrow(RangeError);
  });
});

describe('stampLines', () => {
  it('says time in Beijing time, place and site', () => {
    expect(
      stampLines({
        takenAt: '2026-03-15T01:42:10.000Z',
        latitude: 37.52,
        longitude: 111.14,
        siteName: '离石区滨河北路安置房项目',
      }),
    ).toEqual([
      '时间：2026-03-15 09:42:10',
      '位置：北纬37.520000° 东经111.140000°',
      '现场：离石区滨河北路安置房项目',
    ]);
  });

  it('says when the place is unknown and cuts a very long name without splitting an emoji', () => {
    const lines = stampLines(
      { takenAt: '2026-12-31T16:30:00.000Z', siteName: `${'很长的工地名称'.repeat(10)}🏗️` },
      12,
    );
    expect(lines[0]).toBe('时间：2027-01-01 00:30:00');
    expect(lines[1]).toBe('位置：位置未知');
    expect(Array.from(lines[2] ?? '')).toHaveLength(3 + 12);
    expect(lines[2]?.endsWith('…')).toBe(true);
  });
});

describe('locationFromSystem', () => {
  const fake = (
    behave: (ok: PositionCallback, fail: PositionErrorCallback) => void,
  ): GeolocationLike => ({
    getCurrentPosition: (ok, fail) => behave(ok, fail ?? (() => undefined)),
  });
  const position = (latitude: number, longitude: number, accuracy: number) =>
    ({ coords: { latitude, longitude, accuracy } }) as GeolocationPosition;
  const failure = (code: number) => ({ code }) as GeolocationPositionError;

  it('returns a GPS fix with its accuracy', async () => {
    const geolocation = fake((ok) => ok(position(37.5177, 111.1443, 18)));
    expect(await locationFromSystem({ geolocation })).toEqual({
      latitude: 37.5177,
      longitude: 111.1443,
      accuracy: 18,
      source: 'gps',
    });
  });

  it.each([
    [1, 'denied'],
    [2, 'unavailable'],
    [3, 'timeout'],
  ])('maps error code %d to %s', async (code, reason) => {
    await expect(
      locationFromSystem({ geolocation: fake((_ok, fail) => fail(failure(code))) }),
    ).rejects.toMatchObject({ reason });
  });

  it('times out itself when the provider never answers', async () => {
    await expect(
      locationFromSystem({ geolocation: fake(() => undefined), timeoutMs: 10 }),
    ).rejects.toBeInstanceOf(LocationError);
  });
});

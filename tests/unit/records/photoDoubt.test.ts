import { describe, expect, it } from 'vitest';
import { Attachment } from '../../../shared/domain/attachment';
import { doubtText } from '../../../shared/pdf/evidenceBlocks';
import { findFinaliseProblems } from '../../../shared/records/finaliseValidation';
import { distanceMetres, photoDoubtOf } from '../../../shared/records/photoDoubt';
import { dustTemplate, makeFinalisable } from './recordFixtures';

const site = { latitude: 37.52, longitude: 111.14 };
const startedAt = '2026-03-15T01:30:00.000Z'; // 09:30 in Lüliang

describe('photoDoubtOf', () => {
  it('measures distance on the sphere: 0.01° of latitude is about 1.11 km', () => {
    expect(distanceMetres(site, { latitude: 37.53, longitude: 111.14 })).toBeCloseTo(1112, -1);
  });

  it('accepts a photo of the same Shanghai day within 1 km, even at 23:59 local', () => {
    expect(
      photoDoubtOf(
        { takenAt: '2026-03-15T15:59:00.000Z', position: { latitude: 37.5289, longitude: 111.14 } },
        { startedAt, location: site },
      ),
    ).toBeUndefined();
  });

  it('flags a photo taken the day before (in Shanghai, though the same UTC day)', () => {
    expect(
      photoDoubtOf({ takenAt: '2026-03-14T15:59:00.000Z' }, { startedAt, location: site }),
    ).toEqual({ otherDay: '2026-03-14', reason: '' });
  });

  it('flags a 13-day-old photo taken 13 km away, and says both in print', () => {
    const doubt = photoDoubtOf(
      { takenAt: '2026-03-02T03:00:00.000Z', position: { latitude: 37.637, longitude: 111.14 } },
      { startedAt, location: site },
    );
    expect(doubt?.otherDay).toBe('2026-03-02');
    expect(doubt?.distanceM).toBeGreaterThan(12_900);
    expect(doubt?.distanceM).toBeLessThan(13_100);
    expect(doubtText({ ...doubt!, reason: '整改前照片，由举报人提供' })).toBe(
      '【存疑：拍摄日期 2026-03-02 非检查当日；距检查地点约 13.0 公里】确认理由：整改前照片，由举报人提供',
    );
  });

  it('does not judge what the photo does not say (no EXIF time, no position)', () => {
    expect(photoDoubtOf({}, { startedAt, location: site })).toBeUndefined();
    expect(
      photoDoubtOf({ position: { latitude: 38, longitude: 112 } }, { startedAt }),
    ).toBeUndefined();
  });
});

describe('a flagged photo at finalising', () => {
  it('blocks until confirmed with a reason; a photo without doubt parses as before', () => {
    const base = makeFinalisable();
    const [photo, ...rest] = base.attachments;
    const flagged = { ...photo!, doubt: { otherDay: '2026-03-02', reason: ' ' } };
    expect(Attachment.parse(photo)).toEqual(photo);
    const record = { ...base, attachments: [flagged, ...rest] };
    expect(findFinaliseProblems(record, dustTemplate).map((p) => p.code)).toEqual([
      'photo-doubt-unconfirmed',
    ]);
    const confirmed = { ...flagged, doubt: { ...flagged.doubt, reason: '整改前照片' } };
    expect(
      findFinaliseProblems({ ...base, attachments: [confirmed, ...rest] }, dustTemplate),
    ).toEqual([]);
  });
});

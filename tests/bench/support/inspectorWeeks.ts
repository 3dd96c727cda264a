/**
 * Fixture builder for the USB benchmarks: one inspector's weeks of work made with the
 * project's own code (createDraftInspection, storeAttachment, saveDraft), 30 inspections a
 * week with 10 photos of ~230 KB each. The photo bytes are pseudo-random behind a JPEG
 * header: as incompressible as real JPEG data, which is what sizes and times depend on.
 */
import { DeviceId } from '../../../shared/domain/ids';
import type { Inspection } from '../../../shared/domain/inspection';
import { storeAttachment } from '../../../src-renderer/db/attachmentRepository';
import type { AppDatabase } from '../../../src-renderer/db/database';
import { createDraftInspection, saveDraft } from '../../../src-renderer/db/inspectionRepository';
import { makeInspector, makeSite } from '../../fixtures/builders';

export const INSPECTIONS_PER_WEEK = 30;
export const PHOTOS_PER_INSPECTION = 10;
export const PHOTO_BYTES = 230 * 1024;

export function fixturePhoto(seed: number, size = PHOTO_BYTES): Uint8Array<ArrayBuffer> {
  const bytes = new Uint8Array(size);
  let x = (Math.imul(seed + 1, 2654435761) + 1) >>> 0;
  for (let i = 0; i < size; i += 4) {
    x = (Math.imul(x, 1103515245) + 12345) >>> 0;
    bytes[i] = x >>> 24;
    bytes[i + 1] = x >>> 16;
    bytes[i + 2] = x >>> 8;
    bytes[i + 3] = x;
  }
  bytes.set([0xff, 0xd8, 0xff, 0xe0], 0);
  bytes.set([0xff, 0xd9], size - 2);
  return bytes;
}

export async function buildInspectorWeeks(
  db: AppDatabase,
  deviceId: string,
  weeks: number,
  /** Another laptop's photos differ: a different seed per profile. */
  photoSeed = 0,
): Promise<Inspection[]> {
  const out: Inspection[] = [];
  for (let r = 0; r < weeks * INSPECTIONS_PER_WEEK; r++) {
    const draft = await createDraftInspection(db, {
      type: 'vocs',
      template: { id: 'vocs-general', version: 1 },
      site: makeSite({ name: `孝义市第 ${r + 1} 家“喷涂”企业`, countyCode: '141181' }),
      inspectors: [makeInspector()],
      deviceId: DeviceId.parse(deviceId),
    });
    const attachments: Inspection['attachments'] = [];
    for (let p = 0; p < PHOTOS_PER_INSPECTION; p++) {
      const stored = await storeAttachment(db, {
        recordId: draft.id,
        kind: 'photo',
        mime: 'image/jpeg',
        blob: new Blob([fixturePhoto(photoSeed + r * PHOTOS_PER_INSPECTION + p)]),
      });
      attachments.push({
        ...stored,
        kind: 'photo',
        mime: 'image/jpeg',
        caption: `现场照片 ${p + 1}`,
      });
    }
    out.push(await saveDraft(db, { ...draft, place: `${r + 1} 号车间`, attachments }));
  }
  return out;
}

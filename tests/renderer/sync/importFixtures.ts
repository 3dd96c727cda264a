/** A real bundle from "another laptop": two records and a photo, as exportBundleFile makes it. */
import { buildBundle, bundleChecksum } from '../../../shared/bundle/buildBundle';
import type { Bundle } from '../../../shared/bundle/bundleSchema';
import { gzipText } from '../../../shared/bundle/gzipBundle';
import { sha256Hex } from '../../../shared/domain/hash';
import { newDeviceId } from '../../../shared/domain/ids';
import type { Inspection } from '../../../shared/domain/inspection';
import { makeInspection, makeMachine, makeSite } from '../../fixtures/builders';

export const photoBytes = new Uint8Array(
  Array.from({ length: 2048 }, (_, i) => (i * 31 + 7) % 256),
);
export const otherDevice = { id: newDeviceId(), name: '孝义分局 笔记本 07' };

export function sampleBundle(): { bundle: Bundle; inspection: Inspection } {
  const sha256 = sha256Hex(photoBytes);
  const inspection = makeInspection({
    deviceId: otherDevice.id,
    site: makeSite({ name: '孝义市“金达”精细化工 😷 有限公司', countyCode: '141181' }),
    place: '喷漆房（东侧）',
    attachments: [
      { sha256, kind: 'photo', mime: 'image/jpeg', size: photoBytes.length, caption: '集气罩照片' },
    ],
  });
  const machine = makeMachine({ deviceId: otherDevice.id, owner: '汾阳市路桥工程有限公司' });
  const bundle = buildBundle({
    device: otherDevice,
    records: [inspection, machine],
    attachments: [{ mime: 'image/jpeg', bytes: photoBytes }],
  });
  return { bundle, inspection };
}

export const encode = (value: unknown): Uint8Array =>
  new TextEncoder().encode(JSON.stringify(value));
export const gzipped = (value: unknown): Uint8Array => gzipText(JSON.stringify(value));

/** A changed copy sealed again with a correct checksum, so the deeper check is the one that fires. */
export function resealed(
  bundle: Bundle,
  change: (doc: Record<string, unknown> & Bundle) => void,
): Record<string, unknown> {
  const doc = structuredClone(bundle) as Record<string, unknown> & Bundle;
  change(doc);
  return { ...doc, checksum: bundleChecksum(doc) };
}

/**
 * Records finalised the way the laptop finalises them (shared/records/finalise.ts, numbered
 * as src-renderer/db/inspectionRepository.ts numbers them), from the fixtures the
 * laptop's own tests use (tests/unit/records/recordFixtures.ts), with the attachment bytes a bundle must carry for them.
 */
import type { BuildBundleInput } from '../../../shared/bundle/buildBundle';
import { counties } from '../../../shared/domain/counties';
import { Inspection } from '../../../shared/domain/inspection';
import { computeRecordHash } from '../../../shared/records/contentHash';
import { finaliseInspection } from '../../../shared/records/finalise';
import { formatRecordNumber, recordYear } from '../../../shared/records/recordNumber';
import {
  attachmentBytesOf,
  makeFinalisable,
  makeRefusedFinalisable,
} from '../../unit/records/recordFixtures';

export interface FinalisedCase {
  readonly record: Inspection;
  readonly attachments: NonNullable<BuildBundleInput['attachments']>;
}

let sequence = 0;

/** The number the laptop would give: the site's county, the Shanghai year it started. */
function numberFor(draft: Inspection): string {
  const county = counties.find((c) => c.code === draft.site.countyCode);
  if (!county) throw new Error(`no county ${draft.site.countyCode}`);
  return formatRecordNumber({
    countyShort: county.short,
    year: recordYear(draft.startedAt ?? draft.createdAt),
    deviceShortId: 'D7K',
    sequence: ++sequence,
  });
}

function carried(
  record: Inspection,
  bytesOf: (sha256: string) => Uint8Array | undefined,
): FinalisedCase['attachments'] {
  const out = new Map<
    string,
    { mime: 'image/jpeg' | 'image/png' | 'application/pdf'; bytes: Uint8Array }
  >();
  for (const a of record.attachments) {
    const bytes = bytesOf(a.sha256);
    if (!bytes) throw new Error(`no bytes for ${a.sha256}`);
    out.set(a.sha256, { mime: a.mime, bytes });
  }
  return [...out.values()];
}

function finalise(draft: Inspection): Inspection {
  return finaliseInspection(draft, {
    recordNumber: numberFor(draft),
    now: new Date().toISOString(),
  });
}

/** tests/unit/records/recordFixtures makeFinalisable, in `countyCode`, finalised now. */
export function finalisedDust(deviceId: string, countyCode = '141181'): FinalisedCase {
  const base = makeFinalisable();
  const draft = Inspection.parse({ ...base, deviceId, site: { ...base.site, countyCode } });
  const bytes = attachmentBytesOf();
  const record = finalise(draft);
  return { record, attachments: carried(record, (h) => bytes.get(h)) };
}

/** makeRefusedFinalisable: the party refused to sign, a witness signed. */
export function finalisedRefusal(deviceId: string, countyCode = '141181'): FinalisedCase {
  const base = makeRefusedFinalisable();
  const draft = Inspection.parse({ ...base, deviceId, site: { ...base.site, countyCode } });
  const bytes = attachmentBytesOf();
  const record = finalise(draft);
  return { record, attachments: carried(record, (h) => bytes.get(h)) };
}

/**
 * The same record as a laptop finalised it before records carried `finaliseRules`
 * (edition 1): the field absent, the hash over what remains.
 */
export function asEditionOne(record: Inspection): Inspection {
  const { finaliseRules: _edition, hash: _hash, ...rest } = record;
  const body = Inspection.parse(rest);
  return { ...body, hash: computeRecordHash(body) };
}

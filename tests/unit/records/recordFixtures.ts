/**
 * A dust inspection that may be finalised as it is: every start fact, every visible item,
 * both inspectors' and the party's signatures, legal steps, times and place. Tests break one
 * thing at a time. Attachment bytes come along so hashes and verification can be checked.
 */
import { sha256Hex } from '../../../shared/domain/hash';
import { Inspection, type Answer, type InspectionInput } from '../../../shared/domain/inspection';
import { getTemplate } from '../../../shared/templates/registry';
import type { ChecklistTemplate } from '../../../shared/templates/templateSchema';
import { allItems } from '../../../shared/templates/templateSchema';
import { makeInspection, makeSite } from '../../fixtures/builders';

export const dustTemplate: ChecklistTemplate = (() => {
  const t = getTemplate('dust', 1);
  if (!t) throw new Error('dust v1 template missing');
  return t;
})();

/** Deterministic fake image bytes: the hash only cares that they are bytes. */
export function fakeBytes(seed: number, length = 300): Uint8Array {
  return new Uint8Array(length).map((_, i) => (seed * 131 + i * 17) % 256);
}

export const photoBytes = fakeBytes(1, 2048);
export const signatureBytes = {
  zhang: fakeBytes(2),
  li: fakeBytes(3),
  party: fakeBytes(4),
  witness: fakeBytes(5),
};

export function attachmentBytesOf(): Map<string, Uint8Array> {
  return new Map([photoBytes, ...Object.values(signatureBytes)].map((b) => [sha256Hex(b), b]));
}

function answersFor(template: ChecklistTemplate): Record<string, Answer> {
  const answers: Record<string, Answer> = {};
  for (const { item } of allItems(template)) {
    answers[item.id] =
      item.kind === 'check'
        ? { result: 'pass', note: '' }
        : {
            result: 'pass',
            note: '',
            reading: {
              values: Array<number>(item.repeats).fill(2.5),
              unit: item.unit,
              exceeded: false,
            },
          };
  }
  return answers;
}

const signature = (role: 'inspector' | 'party' | 'witness', name: string, bytes: Uint8Array) => ({
  role,
  name,
  attachmentSha256: sha256Hex(bytes),
  signedAt: '2026-03-15T02:30:00.000Z',
});

const signatureAttachment = (bytes: Uint8Array) => ({
  sha256: sha256Hex(bytes),
  kind: 'signature' as const,
  mime: 'image/png' as const,
  size: bytes.length,
});

export function makeFinalisable(overrides: Partial<InspectionInput> = {}): Inspection {
  return Inspection.parse({
    ...makeInspection({
      type: 'dust',
      template: { id: 'dust', version: 1 },
      site: makeSite({
        kind: 'construction',
        name: '离石区滨河北路安置房项目（二期）',
        countyCode: '141102',
      }),
    }),
    facts: {
      projectName: '滨河北路安置房二期',
      builder: '吕梁市城投公司',
      contractor: '山西建投',
      stage: 'earthwork',
      onMainRoad: 'yes',
    },
    answers: answersFor(dustTemplate),
    startedAt: '2026-03-15T01:30:00.000Z',
    endedAt: '2026-03-15T02:40:00.000Z',
    location: { latitude: 37.52, longitude: 111.14, accuracy: 12, source: 'gps' },
    place: '工地东门',
    reason: 'routine',
    recorder: '张三',
    legal: {
      certificatesShown: true,
      recusalAsked: true,
      recusalRequested: false,
      rightsNotified: true,
      partyConfirmation: '以上记录已阅，与事实相符。',
    },
    signatures: [
      signature('inspector', '张三', signatureBytes.zhang),
      signature('inspector', '李四', signatureBytes.li),
      signature('party', '李明', signatureBytes.party),
    ],
    attachments: [
      {
        sha256: sha256Hex(photoBytes),
        kind: 'photo',
        mime: 'image/jpeg',
        size: photoBytes.length,
        caption: '东门冲洗设施',
        takenAt: '2026-03-15T01:42:10.000Z',
        originalSha256: sha256Hex(fakeBytes(9)),
      },
      signatureAttachment(signatureBytes.zhang),
      signatureAttachment(signatureBytes.li),
      signatureAttachment(signatureBytes.party),
    ],
    ...overrides,
  } satisfies InspectionInput);
}

/** The same record, but the party refused and a witness signed instead. */
export function makeRefusedFinalisable(): Inspection {
  const base = makeFinalisable();
  return Inspection.parse({
    ...base,
    signatures: [
      ...base.signatures.filter((s) => s.role !== 'party'),
      signature('witness', '王五', signatureBytes.witness),
    ],
    refusal: { reason: '当事人称需请示公司领导，拒绝签字', witnessName: '王五' },
    legal: { ...base.legal, partyConfirmation: '' },
    attachments: [
      ...base.attachments.filter((a) => a.sha256 !== sha256Hex(signatureBytes.party)),
      signatureAttachment(signatureBytes.witness),
    ],
  });
}

/**
 * A finalised record spelled out literally (no generated ids or clocks), so its hash is a
 * fixed vector: any change to the hashing rule or to canonical JSON shows up as a new hex.
 */
import { Inspection, type InspectionInput } from '../../../shared/domain/inspection';

const input = {
  id: '019c2f5e-8a00-7000-8000-000000000001',
  rev: 7,
  baseRev: 3,
  status: 'finalized',
  deviceId: '019c2f5e-8a00-7000-8000-0000000000d7',
  createdAt: '2026-03-15T01:30:00.000Z',
  updatedAt: '2026-03-15T02:45:00.000Z',
  kind: 'inspection',
  type: 'dust',
  template: { id: 'dust', version: 1 },
  site: {
    id: '019c2f5e-8a00-7000-8000-000000000051',
    kind: 'construction',
    name: '孝义市“梧桐新城”安置房项目 🏗️',
    creditCode: '91440300708461136T',
    address: '山西省吕梁市孝义市梧桐镇 8 号',
    countyCode: '141181',
    legalRepresentative: '王建国',
    contact: { name: '李明', position: '安全员', phone: '13800138000' },
  },
  inspectors: [
    {
      name: '张三',
      certificateNumber: '14110020230001',
      unit: '吕梁市生态环境局孝义分局',
      countyCode: '141181',
    },
    {
      name: '李四',
      certificateNumber: '14110020230002',
      unit: '吕梁市生态环境局孝义分局',
      countyCode: '141181',
    },
  ],
  facts: {
    projectName: '梧桐新城',
    builder: '孝义市城投',
    contractor: '山西建投',
    stage: 'earthwork',
    onMainRoad: 'no',
    areaM2: 12500.5,
  },
  startedAt: '2026-03-15T01:30:00.000Z',
  endedAt: '2026-03-15T02:40:00.000Z',
  location: { latitude: 37.144889, longitude: 111.778194, accuracy: 8, source: 'exif' },
  place: '东门',
  answers: { 'dust.wet.earthwork': { result: 'fail', note: '未洒水，扬尘明显。' } },
  findings: [
    {
      id: '019c2f5e-8a00-7000-8000-0000000000f1',
      itemId: 'dust.wet.earthwork',
      description: '土方作业未湿法抑尘',
      rule: '六个百分之百',
      requirement: '立即整改',
      deadline: '2026-03-20',
    },
  ],
  signatures: [
    {
      role: 'inspector',
      name: '张三',
      attachmentSha256: 'a'.repeat(64),
      signedAt: '2026-03-15T02:41:00.000Z',
    },
    {
      role: 'witness',
      name: '王五',
      attachmentSha256: 'b'.repeat(64),
      signedAt: '2026-03-15T02:42:00.000Z',
    },
  ],
  refusal: { reason: '拒绝签字', witnessName: '王五' },
  legal: {
    certificatesShown: true,
    recusalAsked: true,
    recusalRequested: false,
    rightsNotified: true,
    partyConfirmation: '',
  },
  attachments: [
    {
      sha256: 'c'.repeat(64),
      kind: 'photo',
      mime: 'image/jpeg',
      size: 51234,
      caption: '东门',
      takenAt: '2026-03-15T01:42:10.000Z',
    },
  ],
  recordNumber: '孝义-2026-D7K-0042',
} satisfies InspectionInput;

export const fixedRecord: Inspection = Inspection.parse(input);

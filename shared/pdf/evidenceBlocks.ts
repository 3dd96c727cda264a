/** Findings, evidence list, party's confirmation, signatures and photo pages of an inspection. */
import type { Inspection } from '../domain/inspection';
import { allItems, type ChecklistTemplate } from '../templates/templateSchema';
import { pdfLabels as L } from './pdfLabels';
import type { PdfBlock, PdfDocumentModel, PdfPhoto, PdfSignatureLine } from './pdfModel';
import { formatShanghaiMinute } from './shanghaiTime';

function itemTitle(template: ChecklistTemplate, itemId: string | undefined): string | undefined {
  if (itemId === undefined) return undefined;
  return allItems(template).find(({ item }) => item.id === itemId)?.item.text.zh;
}

export function findingBlocks(record: Inspection, template: ChecklistTemplate): PdfBlock[] {
  const blocks: PdfBlock[] = [{ kind: 'heading', text: { text: L.findings, field: 'label' } }];
  if (record.findings.length === 0)
    blocks.push({ kind: 'paragraph', text: { text: L.noFindings, field: 'label' } });
  record.findings.forEach((finding, i) => {
    const field = `findings[${i}]`;
    const para = (text: string, sub: string, indent = 5): PdfBlock => ({
      kind: 'paragraph',
      text: { text, field: `${field}.${sub}` },
      indent,
    });
    blocks.push(para(`${i + 1}. ${finding.description}`, 'description', 0));
    const title = itemTitle(template, finding.itemId);
    if (title)
      blocks.push({
        kind: 'paragraph',
        text: { text: `${L.findingItem}${title}`, field: `template:${finding.itemId ?? ''}` },
        indent: 5,
      });
    if (finding.rule) blocks.push(para(`${L.findingRule}${finding.rule}`, 'rule'));
    if (finding.requirement)
      blocks.push(para(`${L.findingRequirement}${finding.requirement}`, 'requirement'));
    if (finding.deadline) blocks.push(para(`${L.findingDeadline}${finding.deadline}`, 'deadline'));
  });
  return blocks;
}

const kindLabels = {
  photo: L.kindPhoto,
  signature: L.kindSignature,
  document: L.kindDocument,
} as const;

/** Photos numbered in record order, so the evidence list and the photo pages agree. */
export function numberedPhotos(record: Inspection) {
  return record.attachments
    .map((attachment, index) => ({ attachment, index }))
    .filter(({ attachment }) => attachment.kind === 'photo');
}

export function evidenceBlocks(record: Inspection): PdfBlock[] {
  const evidence = record.attachments
    .map((attachment, index) => ({ attachment, index }))
    .filter(({ attachment }) => attachment.kind !== 'signature');
  const photoNo = new Map(numberedPhotos(record).map(({ index }, n) => [index, n + 1]));
  const blocks: PdfBlock[] = [{ kind: 'heading', text: { text: L.evidence, field: 'label' } }];
  if (evidence.length === 0) {
    blocks.push({ kind: 'paragraph', text: { text: L.noEvidence, field: 'label' } });
    return blocks;
  }
  blocks.push({
    kind: 'table',
    widths: [12, 16, 62, 28, 56],
    header: {
      cells: [L.colNo, L.evidenceKind, L.evidenceCaption, L.evidenceTime, L.evidenceHash].map(
        (text) => ({
          text,
          field: 'label',
          bold: true,
          align: 'center' as const,
        }),
      ),
    },
    rows: evidence.map(({ attachment, index }, n) => {
      const number = photoNo.get(index);
      return {
        cells: [
          { text: String(n + 1), field: 'label', align: 'center' as const },
          { text: number ? `${L.photoNo}${number}` : kindLabels[attachment.kind], field: 'label' },
          { text: attachment.caption || '—', field: `attachments[${index}].caption` },
          {
            text: attachment.takenAt ? formatShanghaiMinute(attachment.takenAt) : '—',
            field: `attachments[${index}].takenAt`,
          },
          { text: attachment.sha256, field: `attachments[${index}].sha256` },
        ],
      };
    }),
  });
  return blocks;
}

/**
 * The party's statement and everyone's signature lines. A refusal or the party's absence
 * replaces the confirmation statement in print (docs/records.md "Party, witness and every
 * page"), so an old record that kept both still prints only what stands.
 */
export function signatureBlocks(record: Inspection): PdfBlock[] {
  const signed = (role: string, name: string) =>
    record.signatures.find((s) => s.role === role && s.name.trim() === name.trim());
  const line = (role: string, name: string, field: string, sigRole: string): PdfSignatureLine => {
    const signature = signed(sigRole, name);
    return {
      role: { text: role, field: 'label', bold: true },
      name: { text: name === '' ? L.notSigned : name, field },
      ...(signature
        ? {
            imageSha256: signature.attachmentSha256,
            signedAt: {
              text: formatShanghaiMinute(signature.signedAt),
              field: 'signatures.signedAt',
            },
          }
        : {}),
    };
  };
  const isRecorder = (name: string) =>
    record.recorder !== undefined && record.recorder.trim() === name.trim();
  const lines: PdfSignatureLine[] = record.inspectors.map((inspector, i) =>
    line(
      isRecorder(inspector.name) ? L.recorderSigns : L.inspectorSigns,
      inspector.name,
      `inspectors[${i}].name`,
      'inspector',
    ),
  );
  const { refusal, partyAbsent } = record;
  const statement: PdfBlock = refusal
    ? {
        kind: 'paragraph',
        text: {
          // A reason typed as a sentence ends with its own 。: not "。；" in print.
          text: `${L.refusal}${refusal.reason.replace(/[。．.；;，,\s]+$/u, '')}；${L.refusalWitness}${refusal.witnessName}。`,
          field: 'refusal.reason',
        },
      }
    : partyAbsent
      ? {
          kind: 'paragraph',
          text: { text: `${L.partyAbsent}${partyAbsent.witnessName}。`, field: 'partyAbsent' },
        }
      : {
          kind: 'paragraph',
          text: {
            text: record.legal.partyConfirmation || L.confirmationMissing,
            field: 'legal.partyConfirmation',
          },
        };
  const blocks: PdfBlock[] = [
    { kind: 'heading', text: { text: L.confirmation, field: 'label' } },
    statement,
  ];
  const party = record.signatures.find((s) => s.role === 'party');
  if (party) lines.push(line(L.partySigns, party.name, 'signatures.party.name', 'party'));
  else if (!refusal && !partyAbsent) lines.push(line(L.partySigns, '', 'label', 'party'));
  const named = [refusal?.witnessName, partyAbsent?.witnessName].filter(
    (name): name is string => name !== undefined,
  );
  for (const name of new Set(named))
    lines.push(
      line(L.witnessSigns, name, refusal ? 'refusal.witnessName' : 'partyAbsent', 'witness'),
    );
  for (const witness of record.signatures.filter((s) => s.role === 'witness'))
    if (!named.some((name) => name.trim() === witness.name.trim()))
      lines.push(line(L.witnessSigns, witness.name, 'signatures.witness.name', 'witness'));
  blocks.push({ kind: 'signatures', lines });
  return blocks;
}

/** What every page's 当事人签名 line carries (drawPageFurniture.ts). */
export function partyMarkOf(record: Inspection): PdfDocumentModel['partyMark'] {
  if (record.refusal)
    return {
      text: {
        text: `${L.refusedMark}（${L.refusalWitness}${record.refusal.witnessName}）`,
        field: 'refusal.witnessName',
      },
    };
  if (record.partyAbsent)
    return {
      text: {
        text: `${L.absentMark}（${L.refusalWitness}${record.partyAbsent.witnessName}）`,
        field: 'partyAbsent',
      },
    };
  const party = record.signatures.find((s) => s.role === 'party');
  if (party === undefined) return undefined;
  return {
    imageSha256: party.attachmentSha256,
    text: { text: `（${party.name}）`, field: 'signatures.party.name' },
  };
}

/** 【存疑：拍摄日期 2026-03-02 非检查当日；距检查地点约 13.2 公里】确认理由：… */
export function doubtText(doubt: NonNullable<Inspection['attachments'][number]['doubt']>): string {
  const parts = [
    ...(doubt.otherDay ? [`${L.doubtDay}${doubt.otherDay}${L.doubtNotToday}`] : []),
    ...(doubt.distanceM !== undefined
      ? [`${L.doubtDistance}${(doubt.distanceM / 1000).toFixed(1)} 公里`]
      : []),
  ];
  return `${L.doubt}${parts.join('；')}】${L.doubtReason}${doubt.reason || L.doubtUnconfirmed}`;
}

export function photoBlocks(record: Inspection, template: ChecklistTemplate): PdfBlock[] {
  const photos: PdfPhoto[] = [];
  numberedPhotos(record).forEach(({ attachment, index }, n) => {
    if (attachment.mime === 'application/pdf') return;
    const item = itemTitle(template, attachment.itemId);
    const doubt = attachment.doubt ? `${doubtText(attachment.doubt)}` : '';
    const caption = `${L.photoNo}${n + 1}：${attachment.caption || '—'}${item ? `（${L.findingItem}${item}）` : ''}${doubt}`;
    const when = attachment.takenAt
      ? `${L.takenAt}：${formatShanghaiMinute(attachment.takenAt)}  `
      : '';
    photos.push({
      sha256: attachment.sha256,
      mime: attachment.mime,
      caption: { text: caption, field: `attachments[${index}].caption` },
      stamp: {
        text: `${when}${record.site.name}  SHA-256：${attachment.sha256}`,
        field: 'site.name',
      },
    });
  });
  if (photos.length === 0) return [];
  return [
    { kind: 'pageBreak' },
    { kind: 'heading', text: { text: L.photos, field: 'label' } },
    { kind: 'photos', photos },
  ];
}

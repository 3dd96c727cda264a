/** Findings, evidence list, party's confirmation, signatures and photo pages of an inspection. */
import type { Inspection } from '../domain/inspection';
import { allItems, type ChecklistTemplate } from '../templates/templateSchema';
import { pdfLabels as L } from './pdfLabels';
import type { PdfBlock, PdfPhoto, PdfSignatureLine } from './pdfModel';
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

export function signatureBlocks(record: Inspection): PdfBlock[] {
  const signed = (role: string, name: string) =>
    record.signatures.find((s) => s.role === role && s.name === name);
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
  const lines: PdfSignatureLine[] = record.inspectors.map((inspector, i) =>
    line(L.inspectorSigns, inspector.name, `inspectors[${i}].name`, 'inspector'),
  );
  const blocks: PdfBlock[] = [
    { kind: 'heading', text: { text: L.confirmation, field: 'label' } },
    {
      kind: 'paragraph',
      text: {
        text: record.legal.partyConfirmation || L.confirmationMissing,
        field: 'legal.partyConfirmation',
      },
    },
  ];
  const party = record.signatures.find((s) => s.role === 'party');
  if (party) lines.push(line(L.partySigns, party.name, 'signatures.party.name', 'party'));
  else if (!record.refusal) lines.push(line(L.partySigns, '', 'label', 'party'));
  if (record.refusal) {
    blocks.push({
      kind: 'paragraph',
      text: {
        text: `${L.refusal}${record.refusal.reason}；${L.refusalWitness}${record.refusal.witnessName}。`,
        field: 'refusal.reason',
      },
    });
    lines.push(line(L.witnessSigns, record.refusal.witnessName, 'refusal.witnessName', 'witness'));
  }
  for (const witness of record.signatures.filter((s) => s.role === 'witness'))
    if (witness.name !== record.refusal?.witnessName)
      lines.push(line(L.witnessSigns, witness.name, 'signatures.witness.name', 'witness'));
  blocks.push({ kind: 'signatures', lines });
  return blocks;
}

export function photoBlocks(record: Inspection, template: ChecklistTemplate): PdfBlock[] {
  const photos: PdfPhoto[] = [];
  numberedPhotos(record).forEach(({ attachment, index }, n) => {
    if (attachment.mime === 'application/pdf') return;
    const item = itemTitle(template, attachment.itemId);
    const caption = `${L.photoNo}${n + 1}：${attachment.caption || '—'}${item ? `（${L.findingItem}${item}）` : ''}`;
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

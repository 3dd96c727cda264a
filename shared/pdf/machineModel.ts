/** A machine registry entry as the 编码登记表 (labels from shared/templates/machineryRegistration.ts). */
import { canonicalHash } from '../domain/hash';
import type { Machine } from '../domain/machine';
import {
  machineryRegistrationForm as form,
  type RegistrationField,
} from '../templates/machineryRegistration';
import { unitText } from './readingText';
import { pdfLabels } from './pdfLabels';
import type { PdfBlock, PdfCell, PdfPhoto } from './pdfModel';
import { fieldWidths } from './partyBlocks';
import { formatShanghaiMinute } from './shanghaiTime';

function fieldValue(machine: Machine, field: RegistrationField): string {
  const raw = machine[field.field];
  if (raw === undefined || raw === '' || typeof raw === 'object') return '—';
  const text = String(raw);
  if (field.choices) return field.choices.find((c) => c.value === raw)?.label.zh ?? text;
  if (field.unit) return `${text} ${unitText(field.unit)}`;
  return text;
}

export function machineModel(machine: Machine) {
  const blocks: PdfBlock[] = [
    { kind: 'title', text: { text: form.title.zh, field: 'label' }, size: 17 },
    {
      kind: 'rightNote',
      text: {
        text: `${pdfLabels.registrationNumber}${machine.registrationCode || pdfLabels.notRegistered}`,
        field: 'registrationCode',
      },
    },
  ];
  for (const group of form.groups) {
    blocks.push({ kind: 'heading', text: { text: group.title.zh, field: 'label' } });
    const cells: PdfCell[] = [];
    for (const field of form.fields.filter((f) => f.group === group.id))
      cells.push(
        { text: field.label.zh, field: 'label', bold: true },
        { text: fieldValue(machine, field), field: field.field },
      );
    const rows = [];
    for (let i = 0; i < cells.length; i += 4) {
      const row = cells.slice(i, i + 4);
      const last = row[1];
      if (row.length === 2 && last) row[1] = { ...last, span: 3 };
      rows.push({ cells: row });
    }
    blocks.push({ kind: 'table', widths: fieldWidths, rows });
  }
  blocks.push({
    kind: 'signatures',
    lines: [
      {
        role: { text: '登记人（签字）：', field: 'label', bold: true },
        name: { text: machine.contactName || '', field: 'contactName' },
      },
      {
        role: { text: '登记单位（盖章）：', field: 'label', bold: true },
        name: { text: '', field: 'label' },
      },
    ],
  });
  const photos: PdfPhoto[] = [];
  machine.attachments.forEach((attachment, index) => {
    if (attachment.kind !== 'photo' || attachment.mime === 'application/pdf') return;
    const label = form.photos.find((p) => p.id === attachment.itemId)?.label.zh;
    const caption =
      [label, attachment.caption].filter((s) => s !== undefined && s !== '').join('：') || '—';
    photos.push({
      sha256: attachment.sha256,
      mime: attachment.mime,
      caption: {
        text: `${pdfLabels.photoNo}${photos.length + 1}：${caption}`,
        field: `attachments[${index}].caption`,
      },
      stamp: {
        text: `${attachment.takenAt ? `${pdfLabels.takenAt}：${formatShanghaiMinute(attachment.takenAt)}  ` : ''}SHA-256：${attachment.sha256}`,
        field: `attachments[${index}].takenAt`,
      },
    });
  });
  if (photos.length > 0)
    blocks.push(
      { kind: 'pageBreak' },
      { kind: 'heading', text: { text: pdfLabels.registrationPhotos, field: 'label' } },
      { kind: 'photos', photos },
    );
  return {
    blocks,
    runningTitle: `${form.title.zh} · ${machine.brand} ${machine.model}`,
    recordNumber: machine.registrationCode || `${pdfLabels.notRegistered} ${machine.id}`,
    hash: canonicalHash(machine),
    hashLabel: pdfLabels.contentHash,
    draft: machine.status === 'draft',
    partyInitialsOnEveryPage: false,
  };
}

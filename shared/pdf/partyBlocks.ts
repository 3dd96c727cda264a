/** Header, party, inspectors, time and place, legal notices and facts of an inspection record. */
import { findCounty } from '../domain/counties';
import type { Inspection } from '../domain/inspection';
import type { ChecklistTemplate } from '../templates/templateSchema';
import { controlLevelRows } from './controlLevelRows';
import { unitText } from './readingText';
import { pdfLabels as L } from './pdfLabels';
import type { PdfBlock, PdfCell } from './pdfModel';
import {
  chineseQuotes,
  locationText,
  machineIdentityPairs,
  reasonLabels,
} from './recordElementText';
import { formatShanghaiChinese } from './shanghaiTime';

const label = (text: string): PdfCell => ({ text, field: 'label', bold: true });
const value = (text: string, field: string, span?: number): PdfCell => ({
  text: text === '' ? '—' : text,
  field,
  ...(span ? { span } : {}),
});

export const fieldWidths = [30, 57, 30, 57] as const;

export function partyBlocks(record: Inspection, agency: string): PdfBlock[] {
  const { site } = record;
  const time =
    record.startedAt === undefined
      ? ''
      : `${formatShanghaiChinese(record.startedAt)}${record.endedAt ? ` ${L.to} ${formatShanghaiChinese(record.endedAt)}` : ''}`;
  const place = record.place !== '' ? record.place : site.address;
  return [
    { kind: 'title', text: { text: agency, field: 'agencyName' }, size: 13 },
    { kind: 'title', text: { text: L.recordTitle, field: 'label' }, size: 17 },
    {
      kind: 'rightNote',
      text: { text: `${L.number}${record.recordNumber || L.unnumbered}`, field: 'recordNumber' },
    },
    {
      kind: 'table',
      widths: fieldWidths,
      rows: [
        { cells: [label(L.time), value(time, 'startedAt', 3)] },
        {
          cells: [label(L.place), value(place, record.place !== '' ? 'place' : 'site.address', 3)],
        },
        // Old records print their location too: it was always recorded, only not printed.
        ...(record.location
          ? [{ cells: [label(L.location), value(locationText(record.location), 'location', 3)] }]
          : []),
        ...(record.reason
          ? [{ cells: [label(L.reason), value(reasonLabels[record.reason], 'reason', 3)] }]
          : []),
        { cells: [label(L.party), value(site.name, 'site.name', 3)] },
        {
          cells: [
            label(L.creditCode),
            value(site.creditCode, 'site.creditCode'),
            label(L.legalRep),
            value(site.legalRepresentative, 'site.legalRepresentative'),
          ],
        },
        { cells: [label(L.address), value(site.address, 'site.address', 3)] },
        {
          cells: [
            label(L.onSite),
            value(site.contact.name, 'site.contact.name'),
            label(L.position),
            value(site.contact.position, 'site.contact.position'),
          ],
        },
        {
          cells: [
            label(L.phone),
            value(site.contact.phone, 'site.contact.phone'),
            label(L.county),
            value(findCounty(site.countyCode)?.zh ?? site.countyCode, 'site.countyCode'),
          ],
        },
      ],
    },
    { kind: 'heading', text: { text: L.inspectors, field: 'label' } },
    {
      kind: 'table',
      widths: [12, 40, 52, 70],
      header: {
        cells: [L.colNo, L.inspectorName, L.certificate, L.unit].map((text) => ({
          ...label(text),
          align: 'center' as const,
        })),
      },
      rows: record.inspectors.map((inspector, i) => ({
        cells: [
          { text: String(i + 1), field: 'label', align: 'center' as const },
          value(
            record.recorder !== undefined && record.recorder.trim() === inspector.name.trim()
              ? `${inspector.name}${L.recorderMark}`
              : inspector.name,
            `inspectors[${i}].name`,
          ),
          value(inspector.certificateNumber, `inspectors[${i}].certificateNumber`),
          value(inspector.unit, `inspectors[${i}].unit`),
        ],
      })),
    },
  ];
}

export function noticeBlocks(record: Inspection, agency: string): PdfBlock[] {
  const { legal } = record;
  const yesNo = (b: boolean) => (b ? L.yes : L.no);
  const answer =
    legal.recusalRequested === true
      ? '申请回避'
      : legal.recusalRequested === false
        ? '不申请回避'
        : '未作答';
  const texts = [
    `一、出示证件：${yesNo(legal.certificatesShown)}。我们是${agency}的执法人员，已向你出示执法证件，现依法对你单位进行现场检查。`,
    `二、回避告知：${legal.recusalAsked ? '已' : '未'}询问当事人是否申请检查人员回避；当事人回答：${answer}。`,
    `三、权利义务告知：${yesNo(legal.rightsNotified)}。当事人依法享有陈述、申辩的权利；应当如实回答询问、协助调查，不得拒绝、阻挠或者提供虚假情况，否则将依法承担法律责任。`,
  ];
  return [
    { kind: 'heading', text: { text: L.notices, field: 'label' } },
    ...texts.map((text): PdfBlock => ({ kind: 'paragraph', text: { text, field: 'legal' } })),
  ];
}

export function factBlocks(record: Inspection, template: ChecklistTemplate): PdfBlock[] {
  const cells: PdfCell[] = [];
  // A machinery check names its machine first, as copied from the registry (docs/records.md).
  const identity = record.machine ? machineIdentityPairs(record.machine) : [];
  for (const [name, text, field] of identity)
    cells.push({ text: name, field: 'label', bold: true }, value(text, field));
  // A fact prefilled from the registry and left as it was says the same thing again: printed
  // once. One the inspector corrected on site differs, and prints beside the registry's.
  const printed = new Set(identity.map(([name, text]) => `${name}\u0000${text}`));
  for (const fact of template.facts) {
    const raw = record.facts[fact.id];
    if (raw === undefined || raw === '') continue;
    let text = String(raw);
    if (fact.kind === 'select') text = fact.choices.find((c) => c.value === raw)?.label.zh ?? text;
    if (fact.kind === 'number') text = `${text} ${unitText(fact.unit)}`;
    if (printed.has(`${fact.label.zh}\u0000${text}`)) continue;
    cells.push(
      { text: fact.label.zh, field: `template:${fact.id}`, bold: true },
      value(text, `facts.${fact.id}`),
    );
  }
  const chosen = template.options
    .filter((o) => record.options.includes(o.id))
    .map((o) => o.title.zh);
  const rows = [];
  for (let i = 0; i < cells.length; i += 4) {
    const row = cells.slice(i, i + 4);
    const last = row[1];
    if (row.length === 2 && last) row[1] = { ...last, span: 3 };
    rows.push({ cells: row });
  }
  if (chosen.length > 0)
    rows.push({ cells: [label(L.options), value(chosen.join('、'), 'options', 3)] });
  rows.push(...controlLevelRows(record));
  if (rows.length === 0) return [];
  return [
    {
      kind: 'heading',
      text: { text: `${L.facts}（${chineseQuotes(template.title.zh)}）`, field: 'template.title' },
    },
    { kind: 'table', widths: fieldWidths, rows },
  ];
}

/** A 复查笔录 prints its title, the original record's number and every item's outcome. */
import { describe, expect, it } from 'vitest';
import { newRecordId } from '../../../shared/domain/ids';
import { Inspection } from '../../../shared/domain/inspection';
import { recheckLabels } from '../../../shared/pdf/recheckBlocks';
import { renderInspectionPdf } from '../../../shared/pdf/renderInspectionPdf';
import { fixturePhotos, makeFixtureInspection } from '../../fixtures/records/recordFixtures';
import { nodeDeps, pdfText, savePdf, squash } from './pdfTestKit';

describe('复查笔录 PDF', () => {
  it('references the original record and lists each finding with its outcome', async () => {
    const { record: base, template } = makeFixtureInspection('dust', { status: 'draft' });
    const photo =
      base.attachments.find((a) => a.kind === 'photo')?.sha256 ?? fixturePhotos[0]?.sha256;
    const item = (description: string, deadline: string) => ({
      origin: { recordId: newRecordId(), findingId: newRecordId() },
      description,
      requirement: `${description}须在期限内整改完毕`,
      deadline,
    });
    const record = Inspection.parse({
      ...base,
      reason: 'recheck',
      findings: [],
      answers: {},
      recheck: {
        of: { id: newRecordId(), hash: 'a'.repeat(64), recordNumber: '吕离环检〔2026〕0007号' },
        items: [
          {
            ...item('东门车辆冲洗设施未运行', '2026-03-20'),
            outcome: 'rectified',
            photos: [photo],
            note: '冲洗设施已恢复运行',
          },
          { ...item('裸土未苫盖', '2026-03-22'), outcome: 'referred' },
          {
            ...item('围挡破损', '2026-03-25'),
            outcome: 'not-rectified',
            newDeadline: '2026-04-30',
          },
        ],
      },
    });
    const file = savePdf('recheck', await renderInspectionPdf(record, template, await nodeDeps()));
    const text = squash(pdfText(file, 'raw'));
    for (const expected of [
      recheckLabels.title,
      `${recheckLabels.original}吕离环检〔2026〕0007号`,
      '东门车辆冲洗设施未运行',
      '冲洗设施已恢复运行',
      `${recheckLabels.photos}1${recheckLabels.photoUnit}`,
      recheckLabels.rectified,
      '裸土未苫盖',
      recheckLabels.referred,
      '围挡破损',
      `${recheckLabels.newDeadline}2026-04-30`,
    ])
      expect(text).toContain(squash(expected));
    // The checklist table of an ordinary record is not printed for a 复查.
    expect(text).not.toContain(squash('实测值 / 限值（来源）'));
  });
});

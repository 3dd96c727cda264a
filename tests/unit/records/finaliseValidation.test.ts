import { describe, expect, it } from 'vitest';
import { newRecordId } from '../../../shared/domain/ids';
import type { Inspection } from '../../../shared/domain/inspection';
import {
  findFinaliseProblems,
  type FinaliseProblem,
} from '../../../shared/records/finaliseValidation';
import { evidenceEn, evidenceZh } from '../../../src-renderer/features/evidence/messages';
import { makeInspector } from '../../fixtures/builders';
import { dustTemplate, makeFinalisable, makeRefusedFinalisable } from './recordFixtures';

const summary = (problems: readonly FinaliseProblem[]) =>
  problems.map((p) => ({ code: p.code, path: p.path }));

function withoutAnswer(record: Inspection, itemId: string): Inspection {
  const { [itemId]: _gone, ...answers } = record.answers;
  return { ...record, answers };
}

const finding = (
  over: Partial<Inspection['findings'][number]> = {},
): Inspection['findings'][number] => ({
  id: newRecordId(),
  itemId: 'dust.wet.earthwork',
  description: '土方开挖未洒水，现场扬尘明显',
  rule: '《吕梁市建筑施工扬尘治理“六个百分之百”》',
  requirement: '立即洒水降尘，配备雾炮',
  deadline: '2026-03-20',
  ...over,
});

describe('findFinaliseProblems', () => {
  it('finds nothing in a complete record, signed or with a witnessed refusal', () => {
    expect(findFinaliseProblems(makeFinalisable(), dustTemplate)).toEqual([]);
    expect(findFinaliseProblems(makeRefusedFinalisable(), dustTemplate)).toEqual([]);
  });

  const base = makeFinalisable();
  const refused = makeRefusedFinalisable();
  const failed = { ...base.answers['dust.wet.earthwork'], result: 'fail' as const, note: '' };

  const cases: {
    name: string;
    record: Inspection;
    expected: { code: string; path: (string | number)[] }[];
  }[] = [
    {
      name: 'unknown template',
      record: { ...base, template: { id: 'dust', version: 99 } },
      expected: [{ code: 'template-unknown', path: ['template'] }],
    },
    {
      name: 'required fact blank',
      record: { ...base, facts: { ...base.facts, builder: '  ' } },
      expected: [{ code: 'fact-missing', path: ['facts', 'builder'] }],
    },
    {
      name: 'visible item unanswered',
      record: withoutAnswer(base, 'dust.wet.earthwork'),
      expected: [{ code: 'item-unanswered', path: ['answers', 'dust.wet.earthwork'] }],
    },
    {
      name: 'reading with too few values',
      record: {
        ...base,
        answers: {
          ...base.answers,
          'dust.enclosure.height-main-road': {
            result: 'pass',
            note: '',
            reading: { values: [], unit: 'm' },
          },
        },
      },
      expected: [
        {
          code: 'reading-incomplete',
          path: ['answers', 'dust.enclosure.height-main-road', 'reading'],
        },
      ],
    },
    {
      name: 'failed item without a finding',
      record: { ...base, answers: { ...base.answers, 'dust.wet.earthwork': failed } },
      expected: [{ code: 'finding-missing', path: ['answers', 'dust.wet.earthwork', 'finding'] }],
    },
    {
      name: 'exceeded reading without a finding',
      record: {
        ...base,
        answers: {
          ...base.answers,
          // No result stored: the judgement (超标) gives 不符合 (issue 9).
          'dust.enclosure.height-main-road': {
            note: '',
            reading: { values: [1.8], unit: 'm', exceeded: true },
          },
        },
      },
      expected: [
        {
          code: 'finding-missing',
          path: ['answers', 'dust.enclosure.height-main-road', 'finding'],
        },
      ],
    },
    {
      name: 'too few inspectors',
      record: {
        ...base,
        inspectors: [base.inspectors[0] ?? makeInspector()],
        signatures: base.signatures.filter((s) => s.name !== '李四'),
      },
      expected: [{ code: 'inspectors-too-few', path: ['inspectors'] }],
    },
    {
      name: 'inspector without certificate number',
      record: {
        ...base,
        inspectors: [
          base.inspectors[0] ?? makeInspector(),
          { ...makeInspector({ name: '李四' }), certificateNumber: '' },
        ],
      },
      expected: [
        { code: 'inspector-certificate-missing', path: ['inspectors', 1, 'certificateNumber'] },
      ],
    },
    {
      name: 'the same inspector twice',
      record: {
        ...base,
        inspectors: [
          makeInspector(),
          makeInspector({ name: '李四', certificateNumber: '14110020230001' }),
        ],
      },
      expected: [{ code: 'inspector-duplicate', path: ['inspectors', 1] }],
    },
    {
      name: 'certificates not shown',
      record: { ...base, legal: { ...base.legal, certificatesShown: false } },
      expected: [{ code: 'certificates-not-shown', path: ['legal', 'certificatesShown'] }],
    },
    {
      name: 'recusal not asked',
      record: { ...base, legal: { ...base.legal, recusalAsked: false } },
      expected: [{ code: 'recusal-not-asked', path: ['legal', 'recusalAsked'] }],
    },
    {
      name: 'recusal not answered',
      record: { ...base, legal: { ...base.legal, recusalRequested: undefined } },
      expected: [{ code: 'recusal-not-answered', path: ['legal', 'recusalRequested'] }],
    },
    {
      name: 'rights not notified',
      record: { ...base, legal: { ...base.legal, rightsNotified: false } },
      expected: [{ code: 'rights-not-notified', path: ['legal', 'rightsNotified'] }],
    },
    {
      name: 'no start time',
      record: { ...base, startedAt: undefined },
      expected: [{ code: 'start-missing', path: ['startedAt'] }],
    },
    {
      name: 'no end time',
      record: { ...base, endedAt: undefined },
      expected: [{ code: 'end-missing', path: ['endedAt'] }],
    },
    {
      name: 'end before start',
      record: { ...base, endedAt: '2026-03-15T01:29:59.999Z' },
      expected: [{ code: 'end-before-start', path: ['endedAt'] }],
    },
    {
      name: 'no location',
      record: { ...base, location: undefined },
      expected: [{ code: 'location-missing', path: ['location'] }],
    },
    {
      name: 'an inspector has not signed',
      record: { ...base, signatures: base.signatures.filter((s) => s.name !== '李四') },
      expected: [{ code: 'signature-inspector-missing', path: ['inspectors', 1, 'signature'] }],
    },
    {
      name: 'the party neither signed nor refused',
      record: { ...base, signatures: base.signatures.filter((s) => s.role !== 'party') },
      expected: [{ code: 'signature-party-missing', path: ['party', 'signature'] }],
    },
    {
      name: 'no party confirmation',
      record: { ...base, legal: { ...base.legal, partyConfirmation: ' \n ' } },
      expected: [{ code: 'party-confirmation-missing', path: ['legal', 'partyConfirmation'] }],
    },
    {
      name: 'refusal without the witness signature',
      record: { ...refused, signatures: refused.signatures.filter((s) => s.role !== 'witness') },
      expected: [{ code: 'signature-witness-missing', path: ['refusal', 'witnessSignature'] }],
    },
    {
      name: 'a different person signed as witness',
      record: { ...refused, refusal: { reason: '拒绝签字', witnessName: '赵六' } },
      expected: [{ code: 'signature-witness-missing', path: ['refusal', 'witnessSignature'] }],
    },
    {
      name: 'refusal with a blank reason',
      record: { ...refused, refusal: { reason: ' ', witnessName: '王五' } },
      expected: [{ code: 'refusal-reason-missing', path: ['refusal', 'reason'] }],
    },
    {
      name: 'refusal with a blank witness',
      record: { ...refused, refusal: { reason: '拒绝签字', witnessName: '' } },
      expected: [{ code: 'refusal-witness-missing', path: ['refusal', 'witnessName'] }],
    },
    {
      name: 'signed and refused at once',
      record: {
        ...refused,
        signatures: [...refused.signatures, ...base.signatures.filter((s) => s.role === 'party')],
      },
      expected: [{ code: 'party-signed-and-refused', path: ['refusal'] }],
    },
  ];

  it.each(cases)('$name', ({ record, expected }) => {
    expect(summary(findFinaliseProblems(record, dustTemplate))).toEqual(expected);
  });

  it('ignores items hidden by the start facts, and counts them once shown', () => {
    const hidden = withoutAnswer(base, 'dust.wet.demolition'); // stage is earthwork
    expect(findFinaliseProblems(hidden, dustTemplate)).toEqual([]);
    const shown = { ...hidden, facts: { ...hidden.facts, stage: 'demolition' } };
    expect(summary(findFinaliseProblems(shown, dustTemplate))).toContainEqual({
      code: 'item-unanswered',
      path: ['answers', 'dust.wet.demolition'],
    });
  });

  it('accepts a failed item once its finding has a requirement and a deadline, and names each gap', () => {
    const answers = { ...base.answers, 'dust.wet.earthwork': failed };
    expect(findFinaliseProblems({ ...base, answers, findings: [finding()] }, dustTemplate)).toEqual(
      [],
    );
    const gaps = finding({ description: '', requirement: '', deadline: '' });
    expect(
      summary(findFinaliseProblems({ ...base, answers, findings: [gaps] }, dustTemplate)),
    ).toEqual([
      { code: 'finding-description-missing', path: ['findings', gaps.id, 'description'] },
      { code: 'finding-requirement-missing', path: ['findings', gaps.id, 'requirement'] },
      { code: 'finding-deadline-missing', path: ['findings', gaps.id, 'deadline'] },
    ]);
    // 2026-03-15 01:30 UTC is 09:30 on the 15th in Lüliang: the 14th is before the visit.
    const past = finding({ deadline: '2026-03-14' });
    expect(
      summary(findFinaliseProblems({ ...base, answers, findings: [past] }, dustTemplate)),
    ).toEqual([{ code: 'finding-deadline-past', path: ['findings', past.id, 'deadline'] }]);
  });

  it('lists every problem at once, each with an item id when about one and a message in both languages', () => {
    const broken: Inspection = {
      ...withoutAnswer(base, 'dust.wet.earthwork'),
      signatures: [],
      location: undefined,
      legal: { ...base.legal, rightsNotified: false },
    };
    const problems = findFinaliseProblems(broken, dustTemplate);
    expect(problems.map((p) => p.code)).toEqual([
      'item-unanswered',
      'rights-not-notified',
      'location-missing',
      'signature-inspector-missing',
      'signature-inspector-missing',
      'signature-party-missing',
    ]);
    expect(problems[0]?.itemId).toBe('dust.wet.earthwork');
    for (const p of problems) {
      const code = p.messageKey.replace(
        'evidence.problems.',
        '',
      ) as keyof typeof evidenceZh.problems;
      expect(evidenceZh.problems[code]).toMatch(/\p{Script=Han}/u);
      expect(evidenceEn.problems[code]).toMatch(/[a-z]/);
    }
  });

  it('needs two signatures from two inspectors of the same name', () => {
    const twins = [
      makeInspector({ name: '王伟' }),
      makeInspector({ name: '王伟', certificateNumber: '14110020230009' }),
    ];
    const one = base.signatures
      .filter((s) => s.role === 'party')
      .concat([
        {
          role: 'inspector',
          name: '王伟',
          attachmentSha256: base.signatures[0]?.attachmentSha256 ?? '',
          signedAt: '2026-03-15T02:30:00.000Z',
        },
      ]);
    expect(
      summary(
        findFinaliseProblems(
          { ...base, inspectors: twins, recorder: '王伟', signatures: one },
          dustTemplate,
        ),
      ),
    ).toEqual([{ code: 'signature-inspector-missing', path: ['inspectors', 1, 'signature'] }]);
  });
});

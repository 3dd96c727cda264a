// Edition 3 of the finalising rules (the one completeness rule, docs/records.md): a finding names
// the rule breached, and a written finding its item no longer needs blocks. Records finalised
// under editions 1 and 2 are judged as they were, so they verify the same way on the server.
import { describe, expect, it } from 'vitest';
import type { Inspection } from '../../../shared/domain/inspection';
import { newRecordId } from '../../../shared/domain/ids';
import { findFinaliseProblems } from '../../../shared/records/finaliseValidation';
import { allItems } from '../../../shared/templates/templateSchema';
import { dustTemplate, makeFinalisable } from './recordFixtures';

// A check item the fixture answers (so it is visible): the first one.
const CHECK = allItems(dustTemplate)
  .map(({ item }) => item)
  .find((item) => item.kind === 'check' && makeFinalisable().answers[item.id] !== undefined)!.id;

function withFinding(result: 'pass' | 'fail', rule: string, extra: Partial<Inspection> = {}) {
  const record = makeFinalisable();
  return {
    ...record,
    ...extra,
    answers: { ...record.answers, [CHECK]: { note: '', result } },
    findings: [
      {
        id: newRecordId(),
        itemId: CHECK,
        description: '南侧围挡高 1.5 m',
        rule,
        requirement: '加高至 1.8 m',
        deadline: '2026-12-30',
      },
    ],
  } satisfies Inspection;
}

const codes = (record: Inspection) =>
  findFinaliseProblems(record, dustTemplate)
    .filter((p) => p.itemId === CHECK)
    .map((p) => p.code);

describe('edition 3 of the checklist rules', () => {
  it('a draft is judged by them: the rule breached, and no finding on a passing item', () => {
    expect(codes(withFinding('fail', 'HJ/T 393-2007'))).toEqual([]);
    expect(codes(withFinding('fail', '  '))).toEqual(['finding-rule-missing']);
    expect(codes(withFinding('pass', 'HJ/T 393-2007'))).toEqual(['finding-not-needed']);
  });

  it.each([
    ['edition 1 (no field)', {}],
    ['edition 2', { finaliseRules: 2 }],
  ] as const)('a record finalised under %s is judged as before', (_name, edition) => {
    const finalised = { status: 'finalized', recordNumber: 'X-1', ...edition } as const;
    expect(codes(withFinding('fail', '', finalised))).toEqual([]);
    expect(codes(withFinding('pass', 'HJ/T 393-2007', finalised))).toEqual([]);
  });

  it('a record finalised under edition 3 keeps them', () => {
    const finalised = { status: 'finalized', recordNumber: 'X-1', finaliseRules: 3 } as const;
    expect(codes(withFinding('fail', '', finalised))).toEqual(['finding-rule-missing']);
  });
});

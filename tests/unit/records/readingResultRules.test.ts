// Edition 2 of the finalising rules (issue 9): a measured reading needs a result (derived from
// its judgement, or explicit when no limit judged it), and a result against the judgement
// needs its reason. Records finalised before edition 2 are not judged by them.
import { describe, expect, it } from 'vitest';
import type { Answer, Inspection } from '../../../shared/domain/inspection';
import { findFinaliseProblems } from '../../../shared/records/finaliseValidation';
import { dustTemplate, makeFinalisable } from './recordFixtures';

const HEIGHT = 'dust.enclosure.height-main-road'; // visible: the fixture is on a main road

function withAnswer(answer: Answer, extra: Partial<Inspection> = {}): Inspection {
  const record = makeFinalisable();
  return { ...record, ...extra, answers: { ...record.answers, [HEIGHT]: answer } };
}

const codes = (record: Inspection) =>
  findFinaliseProblems(record, dustTemplate)
    .filter((p) => p.itemId === HEIGHT)
    .map((p) => p.code);

const limit = { min: 1.8, unit: 'm', source: 'HJ/T 393-2007' };

describe('reading results when finalising', () => {
  it('accepts the fixture as it is', () => {
    expect(findFinaliseProblems(makeFinalisable(), dustTemplate)).toEqual([]);
  });

  it('refuses a measured reading that no limit judged and no result answers', () => {
    const record = withAnswer({ note: '', reading: { values: [2.5], unit: 'm' } });
    expect(codes(record)).toEqual(['reading-result-missing']);
    expect(
      codes(withAnswer({ note: '', result: 'pass', reading: { values: [2.5], unit: 'm' } })),
    ).toEqual([]);
  });

  it('takes the judgement as the result of a judged reading with none stored', () => {
    const record = withAnswer({
      note: '',
      reading: { values: [2.5], unit: 'm', limit, exceeded: false },
    });
    expect(codes(record)).toEqual([]);
  });

  it('refuses 符合 for an exceeded reading without a reason, accepts it with one', () => {
    const overridden: Answer = {
      note: '',
      result: 'pass',
      reading: { values: [1.7], unit: 'm', limit, exceeded: true },
    };
    expect(codes(withAnswer(overridden))).toEqual(['result-override-reason-missing']);
    expect(codes(withAnswer({ ...overridden, overrideReason: '   ' }))).toEqual([
      'result-override-reason-missing',
    ]);
    expect(codes(withAnswer({ ...overridden, overrideReason: '围挡正在加高，已测新段' }))).toEqual(
      [],
    );
  });

  it('does not apply these rules to a record finalised before edition 2', () => {
    const old = withAnswer(
      { note: '', result: 'pass', reading: { values: [1.7], unit: 'm', limit, exceeded: true } },
      { status: 'finalized' },
    );
    expect(codes(old)).not.toContain('result-override-reason-missing');
    const edition2 = { ...old, finaliseRules: 2 };
    expect(codes(edition2)).toContain('result-override-reason-missing');
  });
});

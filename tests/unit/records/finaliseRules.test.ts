import { describe, expect, it } from 'vitest';
import {
  currentFinaliseRules,
  finaliseRulesOf,
  rulesApply,
} from '../../../shared/records/finaliseRules';

describe('finaliseRulesOf', () => {
  it('judges a draft by the current edition', () => {
    expect(finaliseRulesOf({ status: 'draft' })).toBe(currentFinaliseRules);
    expect(rulesApply({ status: 'draft' }, currentFinaliseRules)).toBe(true);
  });
  it('judges a record finalised before the field existed as edition 1', () => {
    expect(finaliseRulesOf({ status: 'finalized' })).toBe(1);
    expect(rulesApply({ status: 'finalized' }, 2)).toBe(false);
    expect(rulesApply({ status: 'finalized' }, 1)).toBe(true);
  });
  it('judges a finalised record by the edition it carries', () => {
    expect(rulesApply({ status: 'finalized', finaliseRules: 2 }, 2)).toBe(true);
    expect(rulesApply({ status: 'finalized', finaliseRules: 2 }, 3)).toBe(false);
  });
});

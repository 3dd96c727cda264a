import { describe, expect, it } from 'vitest';
import { CreditCode } from '../../../shared/domain/site';
import {
  findUsccProblem,
  isValidUscc,
  normalizeUscc,
  usccCheckCharacter,
} from '../../../shared/domain/uscc';

// Published codes of well-known companies (business licences are public).
const realCodes = [
  '91440300708461136T', // 深圳市腾讯计算机系统有限公司
  '91330100799655058B', // 阿里巴巴（中国）有限公司
  '914403001922038216', // 华为技术有限公司
  '91110000802100433B', // 中国石油化工股份有限公司
];

describe('GB 32100 unified social credit code', () => {
  it.each(realCodes)('accepts the real code %s', (code) => {
    expect(findUsccProblem(code)).toBeNull();
    expect(isValidUscc(code)).toBe(true);
  });

  it.each(realCodes)('refuses %s with any other check character', (code) => {
    for (const ch of '0123456789ABCDEFGHJKLMNPQRTUWXY') {
      if (ch === code.charAt(17)) continue;
      expect(findUsccProblem(code.slice(0, 17) + ch)).toBe('checksum');
    }
  });

  it('refuses a single changed character in the body', () => {
    expect(findUsccProblem('91440300708461137T')).toBe('checksum');
  });

  it.each([
    ['9144030070846113', 'length'],
    ['91440300708461136TX', 'length'],
    ['91440300708461136I', 'charset'],
    ['9144030O708461136T', 'charset'],
    ['91A40300708461136T', 'division'],
    ['', 'length'],
  ])('%s → %s', (code, problem) => {
    expect(findUsccProblem(code)).toBe(problem);
  });

  it('normalises spaces, hyphens and lower case before checking', () => {
    expect(normalizeUscc(' 9144 0300-7084 6113 6t ')).toBe('91440300708461136T');
    expect(CreditCode.parse('9144 0300 7084 6113 6t')).toBe('91440300708461136T');
  });

  it('computes the check character the standard calls for', () => {
    expect(usccCheckCharacter('91440300708461136')).toBe('T');
    expect(usccCheckCharacter('9144030070846113I')).toBeNull();
  });

  it('reports the problem as an i18n key', () => {
    const result = CreditCode.safeParse('91440300708461137T');
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.message).toBe('errors.uscc.checksum');
  });
});

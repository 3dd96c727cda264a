// Identifiers typed off a nameplate compare equal whatever their case, width or spacing.
import { describe, expect, it } from 'vitest';
import { normalizeMachineKey } from '../../../src-renderer/db/machineKeys';

describe('normalizeMachineKey', () => {
  it.each([
    ['  sy215c10k8j21034 ', 'SY215C10K8J21034'],
    ['ＳＹ２１５Ｃ１０Ｋ８Ｊ２１０３４', 'SY215C10K8J21034'],
    ['SY215C 10K8J\u300021034', 'SY215C10K8J21034'],
    ['晋Ｊ·ａ0001', '晋J·A0001'],
    ['', ''],
  ])('%j → %j', (input, expected) => {
    expect(normalizeMachineKey(input)).toBe(expected);
  });
});

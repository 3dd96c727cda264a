/** The conflict rule, as properties over arbitrary heads and incoming revisions. */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  decideRecordOutcome,
  type IncomingRecord,
  type ServerHead,
} from '../../../shared/sync/decideRecordOutcome';
import {
  countyFromSiteOfUse,
  isInScope,
  parseScope,
  recordCountyCode,
} from '../../../shared/sync/syncScope';

const hash = fc.constantFrom('a', 'b', 'c', 'd').map((c) => c.repeat(64));
const status = fc.constantFrom('draft' as const, 'finalized' as const);
const incoming: fc.Arbitrary<IncomingRecord> = fc.record({ baseRev: fc.nat(6), hash, status });
const head: fc.Arbitrary<ServerHead> = fc.record({
  serverRev: fc.integer({ min: 1, max: 6 }),
  hash,
  status,
});

/** What the server does with an outcome: a new head only on accept. */
function apply(h: ServerHead | undefined, r: IncomingRecord): ServerHead | undefined {
  const o = decideRecordOutcome(h, r);
  return o.result === 'accepted' ? { serverRev: o.serverRev, hash: r.hash, status: r.status } : h;
}

describe('decideRecordOutcome', () => {
  it('is idempotent: the same record applied twice is a duplicate the second time', () => {
    fc.assert(
      fc.property(fc.option(head, { nil: undefined }), incoming, (h, r) => {
        const once = apply(h, r);
        const first = decideRecordOutcome(h, r);
        if (first.result === 'accepted')
          expect(decideRecordOutcome(once, r).result).toBe('duplicate');
        expect(apply(once, r)).toEqual(once);
      }),
    );
  });

  it('never changes a finalised record', () => {
    fc.assert(
      fc.property(head, fc.array(incoming, { maxLength: 8 }), (h, rs) => {
        const final = { ...h, status: 'finalized' as const };
        const after = rs.reduce<ServerHead | undefined>(apply, final);
        expect(after).toEqual(final);
        for (const r of rs)
          expect(['duplicate', 'rejected']).toContain(decideRecordOutcome(final, r).result);
      }),
    );
  });

  it('turns a stale baseRev into a conflict, never an overwrite', () => {
    fc.assert(
      fc.property(head, incoming, (h, r) => {
        fc.pre(h.status === 'draft' && r.hash !== h.hash && r.baseRev !== h.serverRev);
        expect(decideRecordOutcome(h, r)).toEqual({ result: 'conflict', reason: 'stale_base_rev' });
        expect(apply(h, r)).toEqual(h);
      }),
    );
  });

  it('accepts an edit of the latest revision as the next one', () => {
    expect(decideRecordOutcome(undefined, { baseRev: 0, hash: 'a', status: 'draft' })).toEqual({
      result: 'accepted',
      serverRev: 1,
    });
    expect(
      decideRecordOutcome(
        { serverRev: 3, hash: 'a', status: 'draft' },
        { baseRev: 3, hash: 'b', status: 'finalized' },
      ),
    ).toEqual({ result: 'accepted', serverRev: 4 });
    // A late replay of an older revision is a duplicate, not a conflict.
    expect(
      decideRecordOutcome(
        { serverRev: 3, hash: 'c', status: 'draft' },
        { baseRev: 1, hash: 'a', status: 'draft' },
        new Set(['a', 'b', 'c']),
      ).result,
    ).toBe('duplicate');
  });
});

describe('sync scope', () => {
  it.each([
    ['city', 'city'],
    ['141100', 'city'],
    [' 141181 ', '141181'],
    ['141199', null],
    ['孝义', null],
  ])('parses %s as %s', (text, scope) => expect(parseScope(text)).toBe(scope));

  it('lets a county see its own county only, the city everything', () => {
    expect(isInScope('141181', '141181')).toBe(true);
    expect(isInScope('141181', '141102')).toBe(false);
    expect(isInScope('141181', null)).toBe(false);
    expect(isInScope('city', null)).toBe(true);
  });

  it('places machines by their site of use, then history, then the filing device', () => {
    expect(countyFromSiteOfUse('孝义市梧桐镇 某某安置房项目')).toBe('141181');
    expect(countyFromSiteOfUse('汾阳—孝义 联络线')).toBeNull();
    expect(recordCountyCode({ kind: 'machine', siteOfUse: '' }, undefined, '141102')).toBe(
      '141102',
    );
    expect(recordCountyCode({ kind: 'machine', siteOfUse: '' }, undefined, 'city')).toBeNull();
    expect(recordCountyCode({ kind: 'machine', siteOfUse: '' }, '141181', '141181')).toBe('141181');
    expect(
      recordCountyCode({ kind: 'inspection', site: { countyCode: '141130' } }, '141181', 'city'),
    ).toBe('141130');
  });
});

/**
 * shared/bundle/canonicalUnsealed: the checksum text assembled from already-canonical body
 * texts is byte for byte canonicalJson of the whole document without `checksum`, and a body
 * sent differently from what the schema output is never signed with the schema's text.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildBundle, bundleChecksum } from '../../../shared/bundle/buildBundle';
import { canonicalUnsealed, sameJsonValue } from '../../../shared/bundle/canonicalUnsealed';
import { verifyBundle } from '../../../shared/bundle/verifyBundle';
import { canonicalJson } from '../../../shared/domain/canonicalJson';
import { makeInspection, testDeviceId } from '../../fixtures/builders';

type Json = Record<string, unknown>;
const whole = (doc: Json): string => canonicalJson({ ...doc, checksum: undefined });

/** knownBodyText as verifyBundle builds it: canonical text of `bodies[i]` when the sent body equals it. */
function reuse(bodies: readonly unknown[]) {
  const texts = bodies.map((b) => canonicalJson(b));
  return (i: number, sent: unknown) => (sameJsonValue(sent, bodies[i]) ? texts[i] : undefined);
}

function bundleDoc(): Json {
  const records = [
    makeInspection({ place: '喷涂车间，“活性炭”箱旁 🏭' }),
    makeInspection({ place: 'Workshop "B" \\ — 第二车间', findings: [] }),
  ];
  return JSON.parse(
    JSON.stringify(buildBundle({ device: { id: testDeviceId, name: '张三的笔记本' }, records })),
  ) as Json;
}
const bodiesOf = (doc: Json) => (doc.records as Json[]).map((r) => r.body);

describe('canonicalUnsealed', () => {
  it('equals canonicalJson of the whole document for a real bundle', () => {
    const doc = bundleDoc();
    const text = canonicalUnsealed(doc, reuse(bodiesOf(doc)));
    expect(text).toBe(whole(doc));
    expect(text).not.toContain('"checksum"');
  });

  it('uses the raw body, not the stand-in, when the two differ', () => {
    const doc = bundleDoc();
    const schemaOutput = bodiesOf(doc).map((b) => ({ ...(b as Json) }));
    // As sent: an unknown key and untrimmed text the schema would drop or trim.
    const sent = (doc.records as Json[])[0]!.body as Json;
    sent.extra = '多余字段';
    sent.place = `  ${String(sent.place)}  `;
    const text = canonicalUnsealed(doc, reuse(schemaOutput));
    expect(text).toBe(whole(doc));
    expect(text).toContain('多余字段');
  });

  it('equals canonicalJson for arbitrary documents and records (keys in UTF-16 order, emoji, undefined members)', () => {
    const key = fc.oneof(
      fc.string(),
      fc.constantFrom('body', 'records', 'checksum', 'é', '😀', '\uFB01', 'a', 'B', '10', '9'),
    );
    const value = fc.jsonValue();
    const record = fc.dictionary(key, fc.oneof(value, fc.constant(undefined)));
    const doc = fc.record({
      records: fc.array(record, { maxLength: 5 }),
      rest: fc.dictionary(key, value),
    });
    fc.assert(
      fc.property(
        doc,
        fc.array(value, { maxLength: 5 }),
        fc.boolean(),
        ({ records, rest }, others, same) => {
          const document: Json = { ...rest, records, checksum: 'ignored' };
          // Stand-ins are either the bodies themselves or unrelated values of the schema's making.
          const standIns = records.map((r, i) =>
            same ? ((r as Json).body ?? null) : (others[i] ?? null),
          );
          expect(canonicalUnsealed(document, reuse(standIns))).toBe(whole(document));
        },
      ),
      { numRuns: 300 },
    );
  });

  it('writes bodies JSON.parse cannot make (a Date inside) from what was sent, not a stand-in', () => {
    const when = new Date('2026-03-01T08:00:00.000Z');
    const doc: Json = {
      records: [{ body: { at: when }, id: '甲' }],
      createdAt: when,
      checksum: 'x',
    };
    // The stand-in is another value's text: sameJsonValue refuses it for the Date body.
    expect(canonicalUnsealed(doc, reuse([{ at: '2027-01-01T00:00:00.000Z' }]))).toBe(whole(doc));
    expect(whole(doc)).toContain('"at":"2026-03-01T08:00:00.000Z"');
  });

  it('writes the given text in place of a body the caller vouches for (so only sameJsonValue may vouch)', () => {
    const doc: Json = { records: [{ body: { a: 1 }, id: '甲' }], checksum: 'x' };
    expect(canonicalUnsealed(doc, () => '{"forged":true}')).toBe(
      '{"records":[{"body":{"forged":true},"id":"甲"}]}',
    );
    expect(canonicalUnsealed(doc, () => undefined)).toBe(whole(doc));
  });
});

describe('sameJsonValue', () => {
  it('is true exactly when the canonical texts agree, for JSON values', () => {
    fc.assert(
      fc.property(fc.jsonValue(), fc.jsonValue(), (a, b) => {
        if (sameJsonValue(a, b)) expect(canonicalJson(a)).toBe(canonicalJson(b));
        expect(sameJsonValue(a, JSON.parse(JSON.stringify(a)))).toBe(true);
      }),
      { numRuns: 300 },
    );
    expect(sameJsonValue({ a: [1, '二'] }, { a: [1, '二'], b: undefined })).toBe(false);
    expect(sameJsonValue({ a: 1 }, { a: '1' })).toBe(false);
    expect(sameJsonValue([1, 2], [2, 1])).toBe(false);
  });
});

describe('verifyBundle over the assembled checksum', () => {
  it('accepts a bundle whose sent bodies the schema rewrites, sealed over what was sent', () => {
    const doc = bundleDoc();
    const body = (doc.records as Json[])[0]!.body as Json;
    body.place = `  ${String(body.place)}  `; // trimmed by the schema: hash is over the trimmed body
    const sealed = { ...doc, checksum: bundleChecksum(doc) };
    expect(verifyBundle(sealed).ok).toBe(true);
  });

  it('refuses the same bundle when the seal covers the schema output instead of what was sent', () => {
    const doc = bundleDoc();
    const seal = bundleChecksum(doc);
    const body = (doc.records as Json[])[0]!.body as Json;
    body.place = `  ${String(body.place)}  `;
    const result = verifyBundle({ ...doc, checksum: seal });
    expect(result.ok).toBe(false);
    if (!result.ok)
      expect(result.errors[0]).toMatchObject({ code: 'checksum_mismatch', path: 'checksum' });
  });
});

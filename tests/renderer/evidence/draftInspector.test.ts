// The on-site colleague without a certificate number: a draft keeps them, a malformed number
// is refused at once, finalising reports the missing one with a path to the field, and once
// it is typed the record finalises. The profile keeps the strict schema.
import { afterEach, describe, expect, it } from 'vitest';
import { ZodError } from 'zod';
import { DraftInspector, Inspector } from '../../../shared/domain/inspector';
import { storeAttachment } from '../../../src-renderer/db/attachmentRepository';
import type { AppDatabase } from '../../../src-renderer/db/database';
import {
  FinaliseBlockedError,
  finaliseInspectionRecord,
  getInspection,
  saveDraft,
  patchDraft,
} from '../../../src-renderer/db/inspectionRepository';
import { attachmentBytesOf, makeFinalisable } from '../../unit/records/recordFixtures';
import { dumpTables, freshDatabase } from '../testDatabase';

let db: AppDatabase;

const onSite = { name: '王强', unit: '吕梁市生态环境局离石分局', countyCode: '141102' } as const;

describe('DraftInspector', () => {
  it.each([
    { typed: '', stored: '' },
    { typed: '   ', stored: '' },
    { typed: ' 14110320230188 ', stored: '14110320230188' },
    { typed: 'sx-1411-0320', stored: 'SX-1411-0320' },
  ])('keeps "$typed" as "$stored"', ({ typed, stored }) => {
    expect(DraftInspector.parse({ ...onSite, certificateNumber: typed }).certificateNumber).toBe(
      stored,
    );
  });

  it.each(['证号12', '1234', '-1411032023', 'AB-CD-EF', '14110320230188🙂', '1'.repeat(25)])(
    'refuses the malformed "%s" with the format message',
    (typed) => {
      const result = DraftInspector.safeParse({ ...onSite, certificateNumber: typed });
      expect(result.success).toBe(false);
      expect(result.error?.issues.map((i) => i.message)).toEqual(['errors.certificate.format']);
    },
  );

  it('leaves the profile strict: an empty number is not an inspector profile', () => {
    expect(Inspector.safeParse({ ...onSite, certificateNumber: '' }).success).toBe(false);
  });
});

describe('a draft with an on-site inspector lacking the certificate number', () => {
  afterEach(async () => {
    await db.delete();
  });

  async function storedDraft() {
    const base = makeFinalisable();
    const second = base.inspectors[1];
    if (!second) throw new Error('fixture has two inspectors');
    const draft = await saveDraft(db, {
      ...base,
      inspectors: [base.inspectors[0] ?? second, { ...second, certificateNumber: '' }],
    });
    for (const [sha256, bytes] of attachmentBytesOf()) {
      const meta = draft.attachments.find((a) => a.sha256 === sha256);
      if (meta)
        await storeAttachment(db, {
          recordId: draft.id,
          kind: meta.kind,
          mime: meta.mime,
          blob: new Blob([bytes.slice()]),
        });
    }
    return draft;
  }

  it('is saved, blocks finalising with one problem at the field, and finalises once fixed', async () => {
    db = freshDatabase();
    const draft = await storedDraft();
    expect((await getInspection(db, draft.id))?.inspectors[1]?.certificateNumber).toBe('');
    const blocked = await finaliseInspectionRecord(db, draft.id).catch((e: unknown) => e);
    expect(blocked).toBeInstanceOf(FinaliseBlockedError);
    if (!(blocked instanceof FinaliseBlockedError)) return;
    expect(blocked.problems.map((p) => [p.code, p.path])).toEqual([
      ['inspector-certificate-missing', ['inspectors', 1, 'certificateNumber']],
    ]);
    expect((await getInspection(db, draft.id))?.status).toBe('draft');

    await patchDraft(db, draft.id, (current) => ({
      ...current,
      inspectors: current.inspectors.map((p, i) =>
        i === 1 ? { ...p, certificateNumber: '14110320230188' } : p,
      ),
    }));
    const done = await finaliseInspectionRecord(db, draft.id);
    expect(done.status).toBe('finalized');
    expect(done.inspectors[1]?.certificateNumber).toBe('14110320230188');
  });

  it('refuses a malformed number in a draft and changes nothing', async () => {
    db = freshDatabase();
    const draft = await storedDraft();
    const before = await dumpTables(db);
    await expect(
      patchDraft(db, draft.id, (current) => ({
        ...current,
        inspectors: current.inspectors.map((p, i) =>
          i === 1 ? { ...p, certificateNumber: '证号12' } : p,
        ),
      })),
    ).rejects.toBeInstanceOf(ZodError);
    expect(await dumpTables(db)).toEqual(before);
  });
});

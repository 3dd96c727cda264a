/**
 * Schema upgrades keep every record (docs/design.md quality bars). For each fixture of an older
 * version: build it with raw Dexie, open it with today's AppDatabase, read everything back
 * through the repositories. The throwaway v2 below shows the pattern for the first real
 * change: declare the version with its upgrade in AppDatabase, write v<N>.json with
 * tests/fixtures/db/makeDbFixture.ts, and these tests cover both.
 */
import Dexie from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';
import { Inspection } from '../../../shared/domain/inspection';
import { Machine } from '../../../shared/domain/machine';
import {
  AppDatabase,
  openDatabase,
  type InspectionSummaryRow,
} from '../../../src-renderer/db/database';
import { getDeviceIdentity } from '../../../src-renderer/db/deviceRepository';
import {
  getInspection,
  listInspections,
  saveDraft,
} from '../../../src-renderer/db/inspectionRepository';
import { listOutbox } from '../../../src-renderer/db/outboxRepository';
import { getProfile } from '../../../src-renderer/db/profileRepository';
import { getLanguage } from '../../../src-renderer/db/settingsRepository';
import { getSite, searchSites } from '../../../src-renderer/db/siteRepository';
import { decodeValue, type DbFixture } from '../../fixtures/db/dbFixture';
import { buildDatabaseAtVersion, fixtureVersions, loadFixture } from './buildDatabaseAtVersion';

const opened: Dexie[] = [];
afterEach(async () => {
  for (const db of opened.splice(0)) await db.delete();
});

async function fromFixture(
  version: number,
  open: (name: string) => AppDatabase,
): Promise<{ db: AppDatabase; fixture: DbFixture }> {
  const fixture = loadFixture(version);
  const name = `migrate-v${version}-${crypto.randomUUID()}`;
  await buildDatabaseAtVersion(name, fixture);
  const db = open(name);
  opened.push(db);
  await db.open();
  return { db, fixture };
}

function rowsOf(fixture: DbFixture, table: string): Record<string, unknown>[] {
  return fixture.tables[table] ?? [];
}

/** Everything a user had is there and readable through the app's own API. */
async function expectEverythingReadable(db: AppDatabase, fixture: DbFixture): Promise<void> {
  for (const [table, rows] of Object.entries(fixture.tables)) {
    expect(await db.table(table).count(), table).toBe(rows.length);
  }
  const bodies = rowsOf(fixture, 'inspections').map((row) => Inspection.parse(row));
  for (const body of bodies) expect(await getInspection(db, body.id)).toEqual(body);
  const listed = await listInspections(db, {});
  expect(listed.total).toBe(bodies.length);
  expect(new Set(listed.items.map((s) => s.id))).toEqual(new Set(bodies.map((b) => b.id)));
  for (const body of bodies) {
    expect(
      (await listInspections(db, { search: body.site.name })).items.map((s) => s.id),
    ).toContain(body.id);
  }
  for (const row of rowsOf(fixture, 'sites')) {
    const site = await getSite(db, String(row.id));
    expect(site).toBeDefined();
    expect((await searchSites(db, site?.name ?? '')).map((s) => s.id)).toContain(site?.id);
  }
  for (const row of await db.machines.toArray()) expect(() => Machine.parse(row)).not.toThrow();
  expect(await listOutbox(db)).toHaveLength(rowsOf(fixture, 'outbox').length);
  expect(await getProfile(db)).toBeDefined();
  expect(await getLanguage(db)).toBeDefined();
  const identity = rowsOf(fixture, 'settings').find((row) => row.key === 'deviceIdentity');
  expect(await getDeviceIdentity(db)).toEqual(identity?.value);
  for (const row of rowsOf(fixture, 'attachments')) {
    const stored = await db.attachments.get(String(row.sha256));
    const expected = decodeValue(row.blob);
    expect(stored?.blob).toBeInstanceOf(Blob);
    if (!(expected instanceof Blob)) throw new Error('fixture attachment without a blob');
    expect(Buffer.from(await (stored?.blob ?? new Blob()).arrayBuffer())).toEqual(
      Buffer.from(await expected.arrayBuffer()),
    );
  }
}

describe('schema migrations', () => {
  it('has a fixture for every schema version up to the current one', () => {
    const current = new AppDatabase('never-opened').verno;
    expect(fixtureVersions()).toEqual(Array.from({ length: current }, (_, i) => i + 1));
  });

  it.each(fixtureVersions())(
    'a v%i database opens in the current app with every record readable',
    async (version) => {
      const { db, fixture } = await fromFixture(version, (name) => openDatabase(name));
      expect(db.verno).toBe(new AppDatabase('never-opened').verno);
      await expectEverythingReadable(db, fixture);
      // And it is writable: a draft from before the upgrade saves and queues.
      const draft = (await db.inspections.toArray()).find((i) => i.status === 'draft');
      if (draft) expect((await saveDraft(db, draft)).rev).toBe(draft.rev + 1);
    },
  );

  it('the current version round-trips its fixture row for row', async () => {
    const latest = fixtureVersions().at(-1) ?? 1;
    const { db, fixture } = await fromFixture(latest, (name) => openDatabase(name));
    for (const [table, rows] of Object.entries(fixture.tables)) {
      const stored = await db.table(table).toArray();
      expect(stored, table).toEqual(expect.arrayContaining(rows.map(decodeValue)));
    }
  });

  it('a throwaway v2 (new index + backfilling upgrade) keeps all v1 data', async () => {
    type SummaryV2 = InspectionSummaryRow & { templateVersion?: number };
    const { db, fixture } = await fromFixture(1, (name) => {
      const next = new AppDatabase(name);
      next
        .version(2)
        .stores({
          inspectionIndex:
            'id, updatedAt, [status+updatedAt], [type+updatedAt], [countyCode+updatedAt], [templateId+updatedAt]',
        })
        .upgrade(async (tx) => {
          const bodies = await tx.table<Inspection, string>('inspections').toArray();
          const versionOf = new Map<string, number>(bodies.map((b) => [b.id, b.template.version]));
          await tx
            .table<SummaryV2, string>('inspectionIndex')
            .toCollection()
            .modify((row) => {
              row.templateVersion = versionOf.get(row.id);
            });
        });
      return next;
    });
    expect(db.verno).toBe(2);
    await expectEverythingReadable(db, fixture);
    const summaries = await db.table<SummaryV2, string>('inspectionIndex').toArray();
    expect(summaries.length).toBeGreaterThan(0);
    for (const s of summaries) expect(s.templateVersion).toBeGreaterThan(0);
    const dust = await db.inspectionIndex
      .where('[templateId+updatedAt]')
      .between(['dust-six-100', Dexie.minKey], ['dust-six-100', Dexie.maxKey])
      .toArray();
    expect(dust.map((s) => s.type)).toEqual(['dust']);
  });
});

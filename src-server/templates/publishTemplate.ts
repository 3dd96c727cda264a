/**
 * Publishing a checklist (docs/templates.md): stored once per id+version, sent through the
 * change feed to the devices in its scope. An id+version is immutable: the same content again
 * is a no-op, other content is refused (a change is a new version). A built-in id+version
 * counts as published already. Retiring keeps the template readable and printable; it only
 * stops new inspections from starting with it.
 */
import type { Kysely, Transaction } from 'kysely';
import {
  getTemplate,
  registerPublishedTemplate,
  templates as builtIns,
} from '../../shared/templates/registry';
import {
  PublishedTemplateData,
  templateContentHash,
  type TemplateScope,
} from '../../shared/templates/publishedTemplate';
import type { ChecklistTemplate } from '../../shared/templates/templateSchema';
import type { Engine } from '../db/openDatabase';
import type { ChecklistTemplatesTable, ServerDatabase } from '../db/schema';
import { appendChanges, EVERYONE, lockChangeLog, nextSeq } from '../store/changeLog';

/** The change-log `type` (and reference table) of a published template. */
export const TEMPLATE_CHANGE = 'checklist-template';

export type PublishResult =
  | { readonly ok: true; readonly outcome: 'published' | 'unchanged' }
  | { readonly ok: false; readonly message: string };

const changeKey = (id: string, version: number) => `${id}@${version}`;
const scopeText = (scope: TemplateScope) =>
  scope === 'city' ? 'city' : [...scope].sort().join(',');
/** The change rows' visibility: everyone, or one row per county (store/changeLog.ts). */
const countyCodesOf = (scope: string) => (scope === 'city' ? [EVERYONE] : scope.split(','));

export async function publishTemplate(
  db: Kysely<ServerDatabase>,
  engine: Engine,
  template: ChecklistTemplate,
  scope: TemplateScope,
  now: Date,
): Promise<PublishResult> {
  const hash = templateContentHash(template);
  const shipped = builtIns.find((t) => t.id === template.id && t.version === template.version);
  if (shipped !== undefined) {
    return templateContentHash(shipped) === hash
      ? { ok: true, outcome: 'unchanged' }
      : {
          ok: false,
          message: `${changeKey(template.id, template.version)} is a built-in template with other content: publish a new version`,
        };
  }
  return db.transaction().execute(async (trx): Promise<PublishResult> => {
    await lockChangeLog(trx, engine);
    const held = await trx
      .selectFrom('checklist_templates')
      .select(['content_sha256'])
      .where('id', '=', template.id)
      .where('version', '=', template.version)
      .executeTakeFirst();
    if (held !== undefined) {
      return held.content_sha256 === hash
        ? { ok: true, outcome: 'unchanged' }
        : {
            ok: false,
            message: `${changeKey(template.id, template.version)} is already published with other content: publish it as a new version`,
          };
    }
    const row: ChecklistTemplatesTable = {
      id: template.id,
      version: template.version,
      type: template.type,
      content_sha256: hash,
      data: JSON.stringify(template),
      scope: scopeText(scope),
      retired: 0,
      published_at: now.toISOString(),
    };
    await trx.insertInto('checklist_templates').values(row).execute();
    await appendTemplateChanges(trx, row);
    return { ok: true, outcome: 'published' };
  });
}

export type RetireResult =
  | { readonly ok: true; readonly outcome: 'retired' | 'unchanged' }
  | { readonly ok: false; readonly message: string };

export async function retireTemplate(
  db: Kysely<ServerDatabase>,
  engine: Engine,
  id: string,
  version: number,
): Promise<RetireResult> {
  return db.transaction().execute(async (trx): Promise<RetireResult> => {
    await lockChangeLog(trx, engine);
    const row = await trx
      .selectFrom('checklist_templates')
      .selectAll()
      .where('id', '=', id)
      .where('version', '=', version)
      .executeTakeFirst();
    if (row === undefined)
      return { ok: false, message: `${changeKey(id, version)} is not a published template` };
    if (row.retired !== 0) return { ok: true, outcome: 'unchanged' };
    await trx
      .updateTable('checklist_templates')
      .set({ retired: 1 })
      .where('id', '=', id)
      .where('version', '=', version)
      .execute();
    await appendTemplateChanges(trx, { ...row, retired: 1 });
    return { ok: true, outcome: 'retired' };
  });
}

async function appendTemplateChanges(
  trx: Transaction<ServerDatabase>,
  row: ChecklistTemplatesTable,
): Promise<void> {
  let seq = await nextSeq(trx);
  await appendChanges(
    trx,
    countyCodesOf(row.scope).map((county) => ({
      seq: seq++,
      type: TEMPLATE_CHANGE,
      kind: 'reference',
      id: changeKey(row.id, row.version),
      hash: row.content_sha256,
      county_code: county,
    })),
  );
}

/** The feed's data of a stored row: the template with its current retired flag and scope. */
export function templateChangeData(
  row: Pick<ChecklistTemplatesTable, 'data' | 'retired' | 'scope'>,
): PublishedTemplateData {
  return PublishedTemplateData.parse({
    template: JSON.parse(row.data) as unknown,
    retired: row.retired !== 0,
    scope: row.scope === 'city' ? 'city' : row.scope.split(','),
  });
}

/** Published rows by their change key (`id@version`). */
export async function loadTemplateRows(
  db: Kysely<ServerDatabase>,
  keys: readonly string[],
): Promise<Map<string, ChecklistTemplatesTable>> {
  const out = new Map<string, ChecklistTemplatesTable>();
  for (const key of new Set(keys)) {
    const at = key.lastIndexOf('@');
    const row = await db
      .selectFrom('checklist_templates')
      .selectAll()
      .where('id', '=', key.slice(0, at))
      .where('version', '=', Number(key.slice(at + 1)))
      .executeTakeFirst();
    if (row) out.set(key, row);
  }
  return out;
}

/**
 * Makes the published templates `refs` name known to this process's registry, so a finalised
 * record of a published checklist is checked like any other (shared/sync/finalisedRecordIssues.ts).
 * The CLI publishes from another process, hence a look in the table rather than a cache alone.
 */
export async function registerReferencedTemplates(
  db: Kysely<ServerDatabase>,
  refs: readonly { readonly id: string; readonly version: number }[],
): Promise<void> {
  const unknown = refs
    .filter((r) => getTemplate(r.id, r.version) === undefined)
    .map((r) => changeKey(r.id, r.version));
  if (unknown.length === 0) return;
  for (const row of (await loadTemplateRows(db, unknown)).values()) {
    const data = templateChangeData(row);
    registerPublishedTemplate(data.template, data.retired);
  }
}

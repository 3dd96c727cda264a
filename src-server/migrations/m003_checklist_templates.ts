/**
 * checklist_templates: the checklists the office publishes (docs/templates.md), one row per
 * id+version, immutable but for `retired`. `data` is the template JSON as validated,
 * `content_sha256` its canonical hash (a re-publish with the same hash is a no-op), `scope`
 * 'city' or the county codes joined by commas.
 */
import type { Kysely } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('checklist_templates')
    .addColumn('id', 'text', (c) => c.notNull())
    .addColumn('version', 'integer', (c) => c.notNull())
    .addColumn('type', 'text', (c) => c.notNull())
    .addColumn('content_sha256', 'text', (c) => c.notNull())
    .addColumn('data', 'text', (c) => c.notNull())
    .addColumn('scope', 'text', (c) => c.notNull())
    .addColumn('retired', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('published_at', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('checklist_templates_pk', ['id', 'version'])
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('checklist_templates').execute();
}

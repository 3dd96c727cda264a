/**
 * bundles.body_sha256: the SHA-256 of the body a bundle arrived as (after gunzip). A replay
 * is answered from the stored receipt before verification only to the device that sent the
 * bundle and only for this very body (docs/sync.md "Replays"); rows from before have none,
 * so their replays go through full verification.
 */
import type { Kysely } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable('bundles').addColumn('body_sha256', 'text').execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable('bundles').dropColumn('body_sha256').execute();
}

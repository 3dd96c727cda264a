/**
 * Device administration (docs/deploy.md "Devices"): each device gets a short id unique
 * city-wide (the 设备 part of record numbers, docs/records.md "Device short ids"), a role
 * (`field` or `admin`: only admin devices may list and revoke devices), when it was revoked,
 * and what the office sees of it: last seen, last sync, its outbox size then.
 * Devices enrolled before get their short ids here, in enrolment order.
 */
import { type Kysely, sql } from 'kysely';
import { serverShortIdAt } from '../../shared/records/recordNumber';

export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable('devices').addColumn('short_seq', 'integer').execute();
  await db.schema.alterTable('devices').addColumn('short_id', 'text').execute();
  await db.schema
    .alterTable('devices')
    .addColumn('role', 'text', (c) => c.notNull().defaultTo('field'))
    .execute();
  await db.schema.alterTable('devices').addColumn('revoked_at', 'text').execute();
  await db.schema.alterTable('devices').addColumn('last_seen_at', 'text').execute();
  await db.schema.alterTable('devices').addColumn('last_sync_at', 'text').execute();
  await db.schema.alterTable('devices').addColumn('last_outbox_size', 'integer').execute();
  await db.schema
    .alterTable('enrol_codes')
    .addColumn('role', 'text', (c) => c.notNull().defaultTo('field'))
    .execute();

  const existing = await sql<{
    id: string;
  }>`select id from devices order by created_at, id`.execute(db);
  let index = 0;
  for (const row of existing.rows) {
    await sql`update devices set short_seq = ${index}, short_id = ${serverShortIdAt(index)} where id = ${row.id}`.execute(
      db,
    );
    index += 1;
  }
  await db.schema
    .createIndex('devices_short_seq')
    .on('devices')
    .column('short_seq')
    .unique()
    .execute();
  await db.schema
    .createIndex('devices_short_id')
    .on('devices')
    .column('short_id')
    .unique()
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropIndex('devices_short_id').execute();
  await db.schema.dropIndex('devices_short_seq').execute();
  for (const column of [
    'short_seq',
    'short_id',
    'role',
    'revoked_at',
    'last_seen_at',
    'last_sync_at',
    'last_outbox_size',
  ]) {
    await db.schema.alterTable('devices').dropColumn(column).execute();
  }
  await db.schema.alterTable('enrol_codes').dropColumn('role').execute();
}

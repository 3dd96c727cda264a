/**
 * The bare-platform floor of the server's push (docs/sync.md "Performance"): a Fastify route
 * on its own loopback port that gunzips the same request body, JSON.parse's it and inserts
 * one row per record (id, rev, hash, body text) into SQLite in one transaction. No schema,
 * no hashing, no receipt: what any push must at least cost on this machine, now.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import SqliteDatabase from 'better-sqlite3';
import Fastify from 'fastify';

export interface PlainInsertServer {
  /** URL to POST the gzipped bundle to. */
  readonly url: string;
  readonly rowCount: () => number;
  readonly close: () => Promise<void>;
}

interface PlainRecord {
  readonly id: string;
  readonly rev: number;
  readonly hash: string;
  readonly body: unknown;
}

export async function startPlainInsertServer(): Promise<PlainInsertServer> {
  const dir = mkdtempSync(join(tmpdir(), 'bluesky-plain-insert-'));
  const sqlite = new SqliteDatabase(join(dir, 'plain.sqlite'));
  sqlite.pragma('journal_mode = WAL');
  sqlite.exec(
    'create table records (id text not null, rev integer not null, hash text not null, body text not null, primary key (id, rev))',
  );
  const insert = sqlite.prepare(
    'insert or replace into records (id, rev, hash, body) values (?, ?, ?, ?)',
  );
  const insertAll = sqlite.transaction((records: readonly PlainRecord[]) => {
    for (const r of records) insert.run(r.id, r.rev, r.hash, JSON.stringify(r.body));
  });
  const app = Fastify({ bodyLimit: 50 * 1024 * 1024 });
  app.addContentTypeParser('application/octet-stream', { parseAs: 'buffer' }, (_req, body, done) =>
    done(null, body),
  );
  app.post('/plain', (request, reply) => {
    const doc = JSON.parse(gunzipSync(request.body as Buffer).toString('utf8')) as {
      records: PlainRecord[];
    };
    insertAll(doc.records);
    return reply.send({ stored: doc.records.length });
  });
  const origin = await app.listen({ port: 0, host: '127.0.0.1' });
  return {
    url: `${origin}/plain`,
    rowCount: () => (sqlite.prepare('select count(*) as n from records').get() as { n: number }).n,
    close: async () => {
      await app.close();
      sqlite.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

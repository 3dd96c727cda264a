/**
 * `npm run server` starts the office server; `npm run server -- <subcommand>` runs the admin
 * CLI against the same database:
 *
 *   enrol-code --scope <county code | city> [--ttl-hours 24] [--admin]
 *                                                              prints a one-time code (--admin: may manage devices; city scope)
 *   devices                                                    lists every enrolled device
 *   revoke-device <device id>                                  stops a device (401 device_revoked from then on)
 *   import-registry --kind enterprises|machines <file.csv>     imports a registry, all or nothing
 *   import-limits <file.json>                                  publishes the limit overrides, all or nothing
 *   import-template [--scope city|<county>,…] <file.json|.xlsx|.csv>  publishes a checklist (docs/templates.md)
 *   retire-template <id> <version>                             stops new inspections with a published checklist
 *
 * Settings from flags or the environment: --port/PORT (8787), --host/HOST (127.0.0.1),
 * --data-dir/DATA_DIR (./data), --database-url/DATABASE_URL (PostgreSQL; unset = SQLite),
 * TRUST_PROXY (the reverse proxy's address), CORS_ORIGINS, LOG_LEVEL: docs/deploy.md.
 */
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { parseScope } from '../shared/sync/syncScope';
import { buildApp } from './app';
import { parseCorsOrigins } from './cors';
import { importLimits } from './cli/importLimits';
import { importRegistry } from './cli/importRegistry';
import { importTemplate, parseTemplateScope } from './templates/importTemplate';
import { retireTemplate } from './templates/publishTemplate';
import { openDatabase } from './db/openDatabase';
import { formatDeviceTable } from './cli/deviceTable';
import { createEnrolCode, listDevices, revokeDevice } from './store/deviceStore';
import { describeDatabase } from './db/describeDatabase';

async function main(argv: readonly string[]): Promise<number> {
  const { values, positionals } = parseArgs({
    args: [...argv],
    allowPositionals: true,
    options: {
      port: { type: 'string' },
      host: { type: 'string' },
      'data-dir': { type: 'string' },
      'database-url': { type: 'string' },
      scope: { type: 'string' },
      'ttl-hours': { type: 'string' },
      kind: { type: 'string' },
      admin: { type: 'boolean' },
    },
  });
  const env = process.env;
  const databaseUrl = values['database-url'] ?? env.DATABASE_URL;
  const dataDir = values['data-dir'] ?? env.DATA_DIR ?? './data';
  const opened = await openDatabase({ databaseUrl: databaseUrl || undefined, dataDir });
  const [command, ...rest] = positionals;

  if (command === 'enrol-code') {
    const scope = parseScope(values.scope ?? '');
    const ttl = Number(values['ttl-hours'] ?? '24');
    const admin = values.admin === true;
    if (
      !scope ||
      !Number.isFinite(ttl) ||
      ttl <= 0 ||
      ttl > 24 * 30 ||
      (admin && scope !== 'city')
    ) {
      console.error(
        'usage: enrol-code --scope <county code | city> [--ttl-hours 1..720] [--admin] (an admin device has the city scope)',
      );
      await opened.close();
      return 2;
    }
    const { code, expiresAt } = await createEnrolCode(
      opened.db,
      scope,
      ttl,
      new Date(),
      admin ? 'admin' : 'field',
    );
    console.log(code);
    console.error(`scope ${scope}${admin ? ', admin' : ''}, one use, expires ${expiresAt}`);
    // A code written into another database than the server's fails enrolment with 403: say where it went.
    console.error(
      `written to ${describeDatabase(databaseUrl || undefined, dataDir)}: the server must run with the same DATABASE_URL / DATA_DIR`,
    );
    await opened.close();
    return 0;
  }

  if (command === 'devices') {
    const rows = await listDevices(opened.db);
    await opened.close();
    console.log(formatDeviceTable(rows));
    return 0;
  }

  if (command === 'revoke-device') {
    const id = rest[0];
    if (!id || rest.length > 1) {
      console.error('usage: revoke-device <device id>   (ids: npm run server -- devices)');
      await opened.close();
      return 2;
    }
    const found = await revokeDevice(opened.db, id, new Date());
    await opened.close();
    if (!found) {
      console.error(`no device ${id}: nothing revoked`);
      return 1;
    }
    console.log(`revoked ${id}: its token is refused from now on; what it sent stays`);
    return 0;
  }

  if (command === 'import-registry') {
    const kind = values.kind;
    const file = rest[0];
    if ((kind !== 'enterprises' && kind !== 'machines') || !file) {
      console.error('usage: import-registry --kind enterprises|machines <file.csv>');
      await opened.close();
      return 2;
    }
    const result = await importRegistry(
      opened.db,
      opened.engine,
      kind,
      readFileSync(file, 'utf8'),
      new Date(),
    );
    await opened.close();
    if (!result.ok) {
      for (const e of result.errors)
        console.error(`${file}:${e.line}${e.column ? ` ${e.column}` : ''}: ${e.message}`);
      console.error(`${result.errors.length} error(s); nothing imported`);
      return 1;
    }
    console.log(`imported ${result.imported} ${kind}`);
    return 0;
  }

  if (command === 'import-limits') {
    const file = rest[0];
    if (!file || rest.length > 1) {
      console.error('usage: import-limits <file.json>');
      await opened.close();
      return 2;
    }
    let text: string;
    try {
      text = readFileSync(file, 'utf8');
    } catch (error) {
      console.error(
        `${file}: cannot read: ${error instanceof Error ? error.message : String(error)}`,
      );
      await opened.close();
      return 1;
    }
    const result = await importLimits(opened.db, opened.engine, text, new Date());
    await opened.close();
    if (!result.ok) {
      for (const e of result.errors)
        console.error(`${file}${e.path ? ` ${e.path}` : ''}: ${e.message}`);
      console.error(`${result.errors.length} error(s); nothing imported`);
      return 1;
    }
    console.log(`imported ${result.overrides} limit override(s) as version ${result.version}`);
    return 0;
  }

  if (command === 'import-template') {
    const file = rest[0];
    const scope = parseTemplateScope(values.scope);
    if (!file || rest.length > 1 || scope === undefined) {
      console.error(
        'usage: import-template [--scope city|<county code>,<county code>] <file.json|.xlsx|.csv>',
      );
      await opened.close();
      return 2;
    }
    let bytes: Uint8Array;
    try {
      bytes = readFileSync(file);
    } catch (error) {
      console.error(
        `${file}: cannot read: ${error instanceof Error ? error.message : String(error)}`,
      );
      await opened.close();
      return 1;
    }
    const result = await importTemplate(opened.db, opened.engine, file, bytes, scope, new Date());
    await opened.close();
    if (!result.ok) {
      for (const e of result.errors)
        console.error(`${file}${e.where ? ` ${e.where}` : ''}: ${e.message}`);
      console.error(`${result.errors.length} error(s); nothing published`);
      return 1;
    }
    console.log(
      `${result.outcome === 'published' ? 'published' : 'already published, unchanged:'} ${result.id} version ${result.version}`,
    );
    return 0;
  }

  if (command === 'retire-template') {
    const [id, versionText] = rest;
    const version = Number(versionText);
    if (!id || !Number.isInteger(version) || version < 1 || rest.length > 2) {
      console.error('usage: retire-template <id> <version>');
      await opened.close();
      return 2;
    }
    const result = await retireTemplate(opened.db, opened.engine, id, version);
    await opened.close();
    if (!result.ok) {
      console.error(result.message);
      return 1;
    }
    console.log(
      `${result.outcome === 'retired' ? 'retired' : 'already retired:'} ${id} version ${version}`,
    );
    return 0;
  }

  if (command !== undefined) {
    console.error(
      `unknown command ${command}: use enrol-code, devices, revoke-device, import-registry, import-limits, import-template or retire-template, or nothing to serve`,
    );
    await opened.close();
    return 2;
  }

  const app = await buildApp({
    db: opened.db,
    engine: opened.engine,
    logger: { level: env.LOG_LEVEL ?? 'info', redact: ['req.headers.authorization'] },
    corsOrigins: parseCorsOrigins(env.CORS_ORIGINS),
    ...(env.TRUST_PROXY ? { trustProxy: env.TRUST_PROXY } : {}),
  });
  app.addHook('onClose', () => opened.close());
  for (const signal of ['SIGINT', 'SIGTERM'] as const) process.once(signal, () => void app.close());
  const address = await app.listen({
    port: Number(values.port ?? env.PORT ?? 8787),
    host: values.host ?? env.HOST ?? '127.0.0.1',
  });
  app.log.info(
    {
      address,
      engine: opened.engine,
      database: describeDatabase(databaseUrl || undefined, dataDir),
    },
    'office server listening',
  );
  return -1;
}

main(process.argv.slice(2)).then(
  (code) => {
    if (code >= 0) process.exitCode = code;
  },
  (error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exitCode = 1;
  },
);

/**
 * What every route module receives from buildApp (app.ts). Its own module so the routes need
 * not import app.ts, which imports them (no import cycles: tests/static/importCycles.test.ts).
 */
import type { Kysely } from 'kysely';
import type { Engine } from '../db/openDatabase';
import type { ServerDatabase } from '../db/schema';
import type { HeavyGate } from '../heavyGate';
import type { ServerLimits } from '../serverLimits';

export interface RouteDeps {
  readonly db: Kysely<ServerDatabase>;
  readonly engine: Engine;
  readonly limits: ServerLimits;
  readonly now: () => Date;
  /** onRequest hook of the pushes and pulls (heavyGate.ts). */
  readonly heavyGate: HeavyGate['hook'];
}

// One writer per record kind (docs/architecture.md "Write path"): only the repositories write
// the record tables. Read with the TypeScript parser, so a write reached through a chain
// (`db.outbox.where('x').equals(1).delete()`) or split over lines is found too.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

/** Which module may write each table; nothing else in the app may. */
const WRITERS: Record<string, readonly string[]> = {
  inspections: ['src-renderer/db/inspectionRepository.ts'],
  inspectionIndex: ['src-renderer/db/inspectionRepository.ts'],
  inspectionSearch: ['src-renderer/db/inspectionRepository.ts'],
  machines: ['src-renderer/db/machineRepository.ts'],
  outbox: ['src-renderer/db/inspectionRepository.ts', 'src-renderer/db/machineRepository.ts'],
  auditLog: ['src-renderer/db/auditLog.ts'],
};

const WRITE_METHODS = new Set([
  'put',
  'add',
  'bulkPut',
  'bulkAdd',
  'delete',
  'bulkDelete',
  'update',
  'bulkUpdate',
  'modify',
  'clear',
  'upsert',
]);

/** The record table a call's receiver chain starts from: `x.outbox…` or `x.table('outbox')…`. */
function tableOf(node: ts.Expression): string | undefined {
  let current: ts.Expression = node;
  for (;;) {
    if (ts.isPropertyAccessExpression(current)) {
      if (current.name.text in WRITERS) return current.name.text;
      current = current.expression;
    } else if (ts.isCallExpression(current)) {
      const [first] = current.arguments;
      if (
        ts.isPropertyAccessExpression(current.expression) &&
        current.expression.name.text === 'table' &&
        first !== undefined &&
        ts.isStringLiteralLike(first) &&
        first.text in WRITERS
      )
        return first.text;
      current = current.expression;
    } else if (ts.isParenthesizedExpression(current) || ts.isNonNullExpression(current)) {
      current = current.expression;
    } else return undefined;
  }
}

/** Every write to a record table in `source`, as "table.method line". */
export function findRecordWrites(fileName: string, source: string): string[] {
  const file = ts.createSourceFile(fileName, source, ts.ScriptTarget.Latest, true);
  const found: string[] = [];
  const visit = (node: ts.Node): void => {
    if (
      ts.isCallExpression(node) &&
      ts.isPropertyAccessExpression(node.expression) &&
      WRITE_METHODS.has(node.expression.name.text)
    ) {
      const table = tableOf(node.expression.expression);
      if (table !== undefined) {
        const { line } = file.getLineAndCharacterOfPosition(node.getStart());
        found.push(`${table}.${node.expression.name.text} ${line + 1}`);
      }
    }
    ts.forEachChild(node, visit);
  };
  visit(file);
  return found;
}

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(path);
    return /\.tsx?$/.test(entry.name) && !entry.name.endsWith('.d.ts') ? [path] : [];
  });
}

describe('one writer for records', () => {
  it('no module but the repositories writes the record tables', () => {
    const offenders = ['src-renderer', 'src-main', 'shared']
      .flatMap(sourceFiles)
      .flatMap((path) => {
        const file = path.split('\\').join('/');
        return findRecordWrites(file, readFileSync(path, 'utf8'))
          .filter((write) => !(WRITERS[write.split('.')[0] ?? ''] ?? []).includes(file))
          .map((write) => `${file}: ${write}`);
      });
    expect(offenders).toEqual([]);
  });

  it('the repositories do write them (the check looks where the writes are)', () => {
    const writes = (file: string) => findRecordWrites(file, readFileSync(file, 'utf8'));
    expect(writes('src-renderer/db/inspectionRepository.ts').join(' ')).toMatch(
      /inspections\.bulkPut/,
    );
    expect(writes('src-renderer/db/machineRepository.ts').join(' ')).toMatch(/machines\.bulkPut/);
    expect(writes('src-renderer/db/auditLog.ts').join(' ')).toMatch(/auditLog\.bulkAdd/);
  });

  it.each([
    ['a put', 'await db.inspections.put(x);', 'inspections.put 1'],
    [
      'a chained delete',
      "await db.outbox\n  .where('queuedAt')\n  .below(t)\n  .delete();",
      'outbox.delete 1',
    ],
    [
      'a table by name',
      "await tx.table('inspectionIndex').bulkPut(rows);",
      'inspectionIndex.bulkPut 1',
    ],
    ['a modify', 'await db.auditLog.toCollection().modify({ seq: 1 });', 'auditLog.modify 1'],
    ['a non-null receiver', 'await ctx.db!.machines.update(id, { rev: 2 });', 'machines.update 1'],
  ])('finds %s', (_name, source, expected) => {
    expect(findRecordWrites('probe.ts', source)).toEqual([expected]);
  });

  it('leaves reads and other tables alone', () => {
    const source =
      "await db.inspections.get(id); await db.settings.put(row); await db.outbox.where('x').count();";
    expect(findRecordWrites('probe.ts', source)).toEqual([]);
  });
});

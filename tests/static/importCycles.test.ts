// No import cycles in the app's code, type-only imports included (issue #12, docs/architecture.md):
// a cycle means two modules cannot be read, tested or moved one without the other. The graph
// is built with the TypeScript compiler's own pre-processor and module resolution (no extra
// dependency), over every .ts/.tsx file under the four source roots.
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

const roots = ['src-main', 'src-server', 'src-renderer', 'shared'];

/**
 * Known cycles, each to be removed by the change named, written as the sorted member list.
 * inspectionRepository ↔ listInspectionSummaries: broken by w12's one-writer change (issue #12);
 * the integrator removes this line when that lands.
 */
const knownCycles: readonly string[] = [];

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(path);
    return /\.tsx?$/.test(entry.name) && !entry.name.endsWith('.d.ts') ? [path] : [];
  });
}

const options: ts.CompilerOptions = {
  module: ts.ModuleKind.ESNext,
  moduleResolution: ts.ModuleResolutionKind.Bundler,
  allowImportingTsExtensions: true,
  jsx: ts.JsxEmit.ReactJSX,
};

/** Every project file a file imports (import, import type, export … from, import()). */
export function importGraph(files: readonly string[]): Map<string, string[]> {
  const known = new Set(files.map((f) => resolve(f)));
  const graph = new Map<string, string[]>();
  for (const file of files) {
    const absolute = resolve(file);
    const { importedFiles } = ts.preProcessFile(readFileSync(absolute, 'utf8'), true, true);
    const targets = importedFiles.flatMap(({ fileName }) => {
      const resolved = ts.resolveModuleName(fileName, absolute, options, ts.sys).resolvedModule;
      const target = resolved ? resolve(resolved.resolvedFileName) : undefined;
      return target !== undefined && known.has(target) ? [target] : [];
    });
    graph.set(absolute, [...new Set(targets)]);
  }
  return graph;
}

/** The strongly connected components with more than one file (or a file importing itself). */
export function cycles(graph: ReadonlyMap<string, readonly string[]>): string[][] {
  // Tarjan's algorithm, iterative enough for this size (a few hundred files, shallow chains).
  let counter = 0;
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const found: string[][] = [];
  const visit = (node: string): void => {
    index.set(node, counter);
    low.set(node, counter);
    counter += 1;
    stack.push(node);
    onStack.add(node);
    for (const next of graph.get(node) ?? []) {
      if (!index.has(next)) {
        visit(next);
        low.set(node, Math.min(low.get(node)!, low.get(next)!));
      } else if (onStack.has(next)) low.set(node, Math.min(low.get(node)!, index.get(next)!));
    }
    if (low.get(node) === index.get(node)) {
      const component: string[] = [];
      let member: string | undefined;
      do {
        member = stack.pop()!;
        onStack.delete(member);
        component.push(member);
      } while (member !== node);
      if (component.length > 1 || (graph.get(node) ?? []).includes(node)) found.push(component);
    }
  };
  for (const node of graph.keys()) if (!index.has(node)) visit(node);
  return found;
}

const named = (component: readonly string[]): string =>
  component
    .map((f) => relative(process.cwd(), f).split('\\').join('/'))
    .sort()
    .join(' -> ');

describe('import cycles', () => {
  it('finds none in src-main, src-server, src-renderer and shared (type imports included)', () => {
    const files = roots.flatMap((root) => sourceFiles(root));
    expect(files.length).toBeGreaterThan(100);
    const found = cycles(importGraph(files)).map(named);
    expect(found.filter((c) => !knownCycles.includes(c))).toEqual([]);
  });

  it('sees a type-only cycle and an export-from cycle (the check bites)', () => {
    const a = resolve('probe/a.ts');
    const b = resolve('probe/b.ts');
    const c = resolve('probe/c.ts');
    expect(
      cycles(
        new Map([
          [a, [b]],
          [b, [a]],
          [c, []],
        ]),
      ).map((x) => x.length),
    ).toEqual([2]);
    const dir = resolve('tests/static/fixtures/cycle');
    const probeFiles = sourceFiles(dir);
    expect(probeFiles).toHaveLength(3);
    const found = cycles(importGraph(probeFiles)).map(named);
    expect(found).toEqual([
      'tests/static/fixtures/cycle/reexports.ts -> tests/static/fixtures/cycle/types.ts -> tests/static/fixtures/cycle/uses.ts',
    ]);
  });
});

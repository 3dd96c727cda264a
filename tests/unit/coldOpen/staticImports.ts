/**
 * The modules a file pulls in through static imports only (dynamic import() calls are where
 * the bundler splits), following relative paths inside the repo. Type-only imports are left
 * out: TypeScript erases them.
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, relative, resolve } from 'node:path';

const STATIC_IMPORT = /^\s*(?:import|export)\s+(?!type\s)(?:[^'";]*?\s+from\s+)?['"]([^'"]+)['"]/gm;

function resolveModule(from: string, spec: string): string | undefined {
  const base = resolve(dirname(from), spec);
  for (const candidate of [base, `${base}.ts`, `${base}.tsx`, `${base}/index.ts`]) {
    if (existsSync(candidate) && /\.tsx?$/.test(candidate)) return candidate;
  }
  return undefined;
}

/** Repo-relative paths of every module reachable from `entry` by static imports. */
export function staticImportClosure(repo: string, entry: string): Set<string> {
  const seen = new Set<string>();
  const todo = [resolve(repo, entry)];
  while (todo.length > 0) {
    const file = todo.pop()!;
    const rel = relative(repo, file);
    if (seen.has(rel)) continue;
    seen.add(rel);
    for (const match of readFileSync(file, 'utf8').matchAll(STATIC_IMPORT)) {
      const spec = match[1]!;
      if (!spec.startsWith('.')) continue;
      const target = resolveModule(file, spec);
      if (target) todo.push(target);
    }
  }
  return seen;
}

/**
 * Cold open (docs/sync.md "Performance"): the renderer entry reaches the shell and the list
 * through static imports, and nothing the list does not need. Sync, PDF, the checklist
 * templates and the other screens are dynamic imports, so the bundler puts them in chunks
 * fetched on first use. A static import slipped back in fails here, not in a bench run.
 */
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { staticImportClosure } from './staticImports';

const repo = resolve(import.meta.dirname, '../../..');

describe('what a cold open loads', () => {
  const closure = staticImportClosure(repo, 'src-renderer/main.tsx');

  it('includes the shell and the list screen', () => {
    expect(closure).toContain('src-renderer/app/Layout.tsx');
    expect(closure).toContain('src-renderer/features/inspections/InspectionListScreen.tsx');
    expect(closure).toContain('src-renderer/db/listInspectionSummaries.ts');
  });

  it('leaves out sync, PDF, templates and the other screens', () => {
    const deferred = [...closure].filter(
      (file) =>
        file.startsWith('src-renderer/sync/') ||
        file.startsWith('shared/pdf/') ||
        // publishedRegistry.ts holds the office's checklists' outlines for the list's type
        // filter; it imports types only, never a template or the schema.
        (file.startsWith('shared/templates/') &&
          file !== 'shared/templates/publishedRegistry.ts') ||
        (file.startsWith('src-renderer/features/pdf/') && !file.endsWith('/messages.ts')) ||
        (file.startsWith('src-renderer/features/checklist/') && !file.endsWith('/messages.ts')) ||
        (/^src-renderer\/features\/\w+\/\w+Screen\.tsx$/.test(file) &&
          !file.endsWith('/InspectionListScreen.tsx')) ||
        file === 'shared/bundle/buildBundle.ts' ||
        file === 'shared/bundle/gzipBundle.ts',
    );
    expect(deferred).toEqual([]);
  });

  it('would notice a static import of the sync code (the check can fail)', () => {
    const fromLayout = staticImportClosure(repo, 'src-renderer/features/sync/useSync.ts');
    expect(fromLayout).toContain('src-renderer/sync/syncController.ts');
    expect(fromLayout).toContain('shared/bundle/buildBundle.ts');
  });
});

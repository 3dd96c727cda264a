/**
 * Writes shared/pdf/fontCoverage.ts from the shipped fonts. Run after changing a font in
 * assets/fonts or the stand-ins in shared/pdf/printForms.ts: `npx tsx scripts/makeFontCoverage.ts`.
 */
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { buildFontCoverageRanges, fontCoverageModule } from '../shared/pdf/fontCoverageBuilder';
import { readShippedFonts } from '../src-server/cli/pdfNodeDeps';

async function main(): Promise<void> {
  const { regular, bold } = await readShippedFonts();
  const ranges = buildFontCoverageRanges(regular, bold);
  const target = join(import.meta.dirname, '..', 'shared', 'pdf', 'fontCoverage.ts');
  await writeFile(target, fontCoverageModule(ranges));
  console.log(`wrote ${target}: ${ranges.length / 2} ranges`);
}

void main();

/**
 * Writes the example checklist sheet (docs/templates.md "The sheet") as
 * assets/templates/checklist-example.xlsx and .csv: `npx tsx scripts/makeTemplateExample.ts`.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { csvOf, sheetRows, xlsxOf } from './templateExample';

const dir = join(import.meta.dirname, '..', 'assets', 'templates');
writeFileSync(join(dir, 'checklist-example.xlsx'), await xlsxOf(sheetRows));
// A BOM so Excel and WPS open the CSV as UTF-8.
writeFileSync(join(dir, 'checklist-example.csv'), `\uFEFF${csvOf(sheetRows)}\r\n`);

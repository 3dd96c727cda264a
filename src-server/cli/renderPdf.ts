/**
 * `npm run pdf -- <record.json> -o out.pdf`: prints an exported record with the same
 * shared/pdf code the app uses. `--day D --county C <records…>` prints a day's records of a
 * county into one PDF for the office, each record numbered 第 1 页 on. Exit code 1 with a
 * clear message on bad arguments, JSON, schema or unprintable characters.
 */
import { writeFile } from 'node:fs/promises';
import { MissingGlyphError } from '../../shared/pdf/missingGlyphs';
import {
  renderInspectionBatchPdf,
  renderInspectionPdf,
  renderMachineRegistrationPdf,
} from '../../shared/pdf/renderInspectionPdf';
import type { PdfDeps } from '../../shared/pdf/renderPdfDocuments';
import { shanghaiDay } from '../../shared/pdf/shanghaiTime';
import { CliError, parsePdfCliArgs } from './pdfCliArgs';
import { folderImageLoader, nodeSubsetter, readShippedFonts } from './pdfNodeDeps';
import { readRecordFile } from './pdfRecordFile';

async function main(argv: readonly string[]): Promise<string> {
  const args = parsePdfCliArgs(argv);
  const files = await Promise.all(args.inputs.map(readRecordFile));
  const deps: PdfDeps = {
    fonts: await readShippedFonts(),
    subset: await nodeSubsetter(),
    loadImage: folderImageLoader(args.attachments),
    ...(args.agency !== undefined ? { agencyName: args.agency } : {}),
  };
  let bytes: Uint8Array;
  if (args.day !== undefined && args.county !== undefined) {
    const { day, county } = args;
    const chosen = files.flatMap((f) =>
      f.kind === 'inspection' &&
      f.record.site.countyCode === county &&
      shanghaiDay(f.record.startedAt ?? f.record.createdAt) === day
        ? [f]
        : [],
    );
    if (chosen.length === 0)
      throw new CliError(
        `no inspection of ${day} in county ${county} among the ${files.length} file(s)`,
      );
    chosen.sort((a, b) => (a.record.startedAt ?? '').localeCompare(b.record.startedAt ?? ''));
    bytes = await renderInspectionBatchPdf(chosen, deps);
    await writeFile(args.output, bytes);
    return `${args.output}: ${chosen.length} record(s) of ${day}, county ${county}, ${bytes.length} bytes`;
  }
  const [file] = files;
  if (file === undefined) throw new CliError('no record');
  bytes =
    file.kind === 'machine'
      ? await renderMachineRegistrationPdf(file.machine, deps)
      : await renderInspectionPdf(file.record, file.template, deps);
  await writeFile(args.output, bytes);
  return `${args.output}: ${bytes.length} bytes`;
}

main(process.argv.slice(2)).then(
  (message) => console.log(message),
  (error: unknown) => {
    if (error instanceof CliError || error instanceof MissingGlyphError)
      console.error(error.message);
    else console.error(error);
    process.exitCode = 1;
  },
);

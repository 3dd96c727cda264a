/** Arguments of `npm run pdf`, parsed and checked before any file is read. */
import { parseArgs } from 'node:util';

export interface PdfCliArgs {
  readonly inputs: readonly string[];
  readonly output: string;
  readonly attachments?: string;
  readonly agency?: string;
  readonly day?: string;
  readonly county?: string;
}

export const usage = `usage:
  npm run pdf -- <record.json> -o out.pdf [--attachments <dir>] [--agency <name>]
  npm run pdf -- --day 2026-11-28 --county 141181 <records.json...> -o day.pdf
record.json is an inspection or machine exported as JSON; --attachments is a folder of
photo and signature files named by their SHA-256.`;

export class CliError extends Error {}

export function parsePdfCliArgs(argv: readonly string[]): PdfCliArgs {
  let parsed;
  try {
    parsed = parseArgs({
      args: [...argv],
      allowPositionals: true,
      options: {
        output: { type: 'string', short: 'o' },
        attachments: { type: 'string', short: 'a' },
        agency: { type: 'string' },
        day: { type: 'string' },
        county: { type: 'string' },
        template: { type: 'string' },
      },
    });
  } catch (error) {
    throw new CliError(`${error instanceof Error ? error.message : String(error)}\n${usage}`);
  }
  const { values, positionals } = parsed;
  if (positionals.length === 0) throw new CliError(`no record file given\n${usage}`);
  if (values.output === undefined) throw new CliError(`-o <out.pdf> is required\n${usage}`);
  if (values.template !== undefined)
    throw new CliError(
      '--template is taken from the record itself (record.template); drop the option',
    );
  const batch = values.day !== undefined || values.county !== undefined;
  if (batch && (values.day === undefined || !/^\d{4}-\d{2}-\d{2}$/.test(values.day)))
    throw new CliError('--day must be a date like 2026-11-28');
  if (batch && (values.county === undefined || !/^\d{6}$/.test(values.county)))
    throw new CliError('--county must be a six-digit division code like 141181');
  if (!batch && positionals.length > 1)
    throw new CliError(
      `several records need --day and --county (one PDF for the office)\n${usage}`,
    );
  return {
    inputs: positionals,
    output: values.output,
    ...(values.attachments !== undefined ? { attachments: values.attachments } : {}),
    ...(values.agency !== undefined ? { agency: values.agency } : {}),
    ...(values.day !== undefined ? { day: values.day } : {}),
    ...(values.county !== undefined ? { county: values.county } : {}),
  };
}

/** Reads a record exported as JSON and validates it with the domain schema it declares. */
import { readFile } from 'node:fs/promises';
import type { z } from 'zod';
import { Inspection } from '../../shared/domain/inspection';
import { Machine } from '../../shared/domain/machine';
import { getTemplate } from '../../shared/templates/registry';
import type { ChecklistTemplate } from '../../shared/templates/templateSchema';
import { CliError } from './pdfCliArgs';

export type RecordFile =
  | {
      readonly kind: 'inspection';
      readonly record: Inspection;
      readonly template: ChecklistTemplate;
    }
  | { readonly kind: 'machine'; readonly machine: Machine };

function describe(file: string, error: z.ZodError): string {
  const lines = error.issues
    .slice(0, 20)
    .map((issue) => `  ${issue.path.join('.') || '(root)'}: ${issue.message}`);
  const more = error.issues.length > 20 ? `\n  … ${error.issues.length - 20} more` : '';
  return `${file}: not a valid record:\n${lines.join('\n')}${more}`;
}

export async function readRecordFile(file: string): Promise<RecordFile> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (error) {
    throw new CliError(
      `${file}: cannot read (${error instanceof Error ? error.message : String(error)})`,
    );
  }
  let json: unknown;
  try {
    json = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (error) {
    throw new CliError(
      `${file}: not valid JSON (${error instanceof Error ? error.message : String(error)})`,
    );
  }
  const kind = typeof json === 'object' && json !== null && 'kind' in json ? json.kind : undefined;
  if (kind === 'machine') {
    const parsed = Machine.safeParse(json);
    if (!parsed.success) throw new CliError(describe(file, parsed.error));
    return { kind: 'machine', machine: parsed.data };
  }
  if (kind !== 'inspection')
    throw new CliError(
      `${file}: "kind" must be "inspection" or "machine", got ${JSON.stringify(kind)}`,
    );
  const parsed = Inspection.safeParse(json);
  if (!parsed.success) throw new CliError(describe(file, parsed.error));
  const { id, version } = parsed.data.template;
  const template = getTemplate(id, version);
  if (template === undefined) throw new CliError(`${file}: unknown template ${id} v${version}`);
  return { kind: 'inspection', record: parsed.data, template };
}

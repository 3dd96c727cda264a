/**
 * What the office server checks of an inspection pushed as finalised, the same checks the
 * laptop ran when it finalised it (docs/sync.md "Finalised records are verified"):
 *
 * - the content hash over the canonical body and attachment hashes (records/contentHash.ts);
 * - a record number in the laptop's format (records/recordNumber.ts), of the site's county
 *   and of the Shanghai year the inspection started, as the laptop numbers it;
 * - everything finalising requires, signatures and findings included
 *   (records/finaliseValidation.ts), judged by the record's own edition of the rules
 *   (records/finaliseRules.ts): a record without `finaliseRules` is edition 1.
 *
 * A finalised record is locked on the server for good, so one that fails is refused with
 * every reason rather than stored. Pure: runs anywhere shared/ runs.
 */
import type { Inspection } from '../domain/inspection';
import { recordHashPreimage } from '../records/contentHash';
import { findFinaliseProblems } from '../records/finaliseValidation';
import { parseRecordNumber, recordYear } from '../records/recordNumber';
import { getTemplate } from '../templates/registry';

export interface FinalisedRecordIssue {
  readonly code:
    | 'finalised_hash_missing'
    | 'finalised_hash_mismatch'
    | 'record_number_invalid'
    | 'finalise_rules_unmet';
  readonly message: string;
  /** Inside the record body, e.g. `hash`, `recordNumber`, `inspectors.1.signature`. */
  readonly path: string;
}

export function finalisedRecordIssues(
  body: Inspection,
  sha256: (text: string) => string,
): FinalisedRecordIssue[] {
  if (body.status !== 'finalized') return [];
  const issues: FinalisedRecordIssue[] = [];
  if (body.hash === undefined) {
    issues.push({
      code: 'finalised_hash_missing',
      message: 'a finalised record carries its content hash',
      path: 'hash',
    });
  } else if (sha256(recordHashPreimage(body)) !== body.hash) {
    issues.push({
      code: 'finalised_hash_mismatch',
      message: 'content hash does not match the record and its attachment hashes',
      path: 'hash',
    });
  }
  const number = parseRecordNumber(body.recordNumber ?? '');
  if (number === undefined) {
    issues.push({
      code: 'record_number_invalid',
      message: `not a record number: "${body.recordNumber ?? ''}"`,
      path: 'recordNumber',
    });
  } else if (number.county.code !== body.site.countyCode) {
    issues.push({
      code: 'record_number_invalid',
      message: `record number of county ${number.county.code}, site in ${body.site.countyCode}`,
      path: 'recordNumber',
    });
  } else if (body.startedAt !== undefined && recordYear(body.startedAt) !== number.year) {
    issues.push({
      code: 'record_number_invalid',
      message: `record number of year ${number.year}, inspection started in ${recordYear(body.startedAt)}`,
      path: 'recordNumber',
    });
  }
  for (const problem of findFinaliseProblems(
    body,
    getTemplate(body.template.id, body.template.version),
  )) {
    issues.push({
      code: 'finalise_rules_unmet',
      message: `finalising requires it: ${problem.code}`,
      path: problem.path.join('.'),
    });
  }
  return issues;
}

/**
 * What blocks finalising a 复查 besides the common record rules (docs/rectification.md):
 * every item has an outcome; rectified needs at least one photo held by the record;
 * not rectified needs a new deadline on or after the visit day. Referral needs nothing more.
 */
import type { Inspection } from '../domain/inspection';
import { shanghaiDay } from '../pdf/shanghaiTime';

export type RecheckProblemCode =
  | 'recheck-outcome-missing'
  | 'recheck-photo-missing'
  | 'recheck-deadline-missing'
  | 'recheck-deadline-past';

export interface RecheckProblem {
  readonly code: RecheckProblemCode;
  readonly path: readonly (string | number)[];
  readonly itemId?: string;
  readonly params?: Readonly<Record<string, string | number>>;
}

export function recheckProblems(inspection: Inspection): RecheckProblem[] {
  const recheck = inspection.recheck;
  if (recheck === undefined) return [];
  const photos = new Set(
    inspection.attachments.filter((a) => a.kind === 'photo').map((a) => a.sha256),
  );
  const visitDay =
    inspection.startedAt === undefined ? undefined : shanghaiDay(inspection.startedAt);
  const problems: RecheckProblem[] = [];
  for (const item of recheck.items) {
    const at = (field: string) => ['recheck', item.origin.findingId, field];
    const extra = item.itemId === undefined ? {} : { itemId: item.itemId };
    if (item.outcome === undefined)
      problems.push({ code: 'recheck-outcome-missing', path: at('outcome'), ...extra });
    else if (item.outcome === 'rectified' && !item.photos.some((sha) => photos.has(sha)))
      problems.push({ code: 'recheck-photo-missing', path: at('photos'), ...extra });
    else if (item.outcome === 'not-rectified') {
      if (item.newDeadline === undefined)
        problems.push({ code: 'recheck-deadline-missing', path: at('newDeadline'), ...extra });
      else if (visitDay !== undefined && item.newDeadline < visitDay)
        problems.push({
          code: 'recheck-deadline-past',
          path: at('newDeadline'),
          ...extra,
          params: { deadline: item.newDeadline },
        });
    }
  }
  return problems;
}

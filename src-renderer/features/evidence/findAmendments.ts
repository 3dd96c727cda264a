/**
 * The records that amend a given one. There is no index on `amends.id` (adding one is a
 * schema version, docs/design.md); amendments are rare and only a finalised record's screen asks,
 * so a scan of the bodies is acceptable here.
 */
import type { AppDatabase } from '../../db/database';

export interface AmendmentLink {
  readonly id: string;
  readonly status: 'draft' | 'finalized';
  readonly recordNumber: string;
  readonly createdAt: string;
}

export async function findAmendmentsOf(db: AppDatabase, id: string): Promise<AmendmentLink[]> {
  const found = await db.inspections.filter((r) => r.amends?.id === id).toArray();
  return found
    .map((r) => ({
      id: r.id,
      status: r.status,
      recordNumber: r.recordNumber ?? '',
      createdAt: r.createdAt,
    }))
    .sort((a, b) => a.createdAt.localeCompare(b.createdAt));
}

/**
 * The conflict rule, pure (docs/sync.md "Conflict rule"). The server's head of a record is
 * its latest accepted revision; every device edit names the head it started from (baseRev).
 *
 * 1. Same body already stored under the id (head or any earlier/conflict revision) → duplicate.
 * 2. No head yet → accepted (nothing to overwrite).
 * 3. Head finalised → rejected (immutable): a finalised record never changes.
 * 4. baseRev ≠ head's serverRev → conflict: stored beside the head, never over it.
 * 5. Otherwise → accepted as serverRev + 1 (a draft edit, or the draft being finalised).
 */
export interface ServerHead {
  /** Server revision number: 1 for the first accepted revision, +1 per accepted edit. */
  readonly serverRev: number;
  readonly hash: string;
  readonly status: 'draft' | 'finalized';
}

export interface IncomingRecord {
  readonly baseRev: number;
  readonly hash: string;
  readonly status: 'draft' | 'finalized';
}

export type RecordOutcome =
  | { readonly result: 'accepted'; readonly serverRev: number }
  | { readonly result: 'duplicate'; readonly reason: 'already_stored' }
  | { readonly result: 'conflict'; readonly reason: 'stale_base_rev' }
  | { readonly result: 'rejected'; readonly reason: 'finalized_immutable' };

/**
 * @param head the record's current head on the server, if it has one
 * @param incoming the revision a device sent
 * @param storedHashes hashes of every revision of this id already stored (head, earlier
 *   accepted ones, conflict copies), so a late replay of an old revision is a duplicate
 */
export function decideRecordOutcome(
  head: ServerHead | undefined,
  incoming: IncomingRecord,
  storedHashes: ReadonlySet<string> = new Set(),
): RecordOutcome {
  if (head?.hash === incoming.hash || storedHashes.has(incoming.hash)) {
    return { result: 'duplicate', reason: 'already_stored' };
  }
  if (head === undefined) return { result: 'accepted', serverRev: 1 };
  if (head.status === 'finalized') return { result: 'rejected', reason: 'finalized_immutable' };
  if (incoming.baseRev !== head.serverRev) return { result: 'conflict', reason: 'stale_base_rev' };
  return { result: 'accepted', serverRev: head.serverRev + 1 };
}

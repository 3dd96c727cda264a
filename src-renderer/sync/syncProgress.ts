/** What the progress bar shows while a sync runs. */
export interface SyncProgress {
  /**
   * `checking`: a picked file being verified in the worker; `exporting`: a bundle file being
   * written by the worker (docs/sync.md "Reading by slices", "Exporting").
   */
  readonly phase:
    'idle' | 'checking' | 'exporting' | 'attachments' | 'records' | 'pull' | 'retrying' | 'done';
  readonly recordsDone: number;
  readonly recordsTotal: number;
  readonly attachmentsDone: number;
  readonly attachmentsTotal: number;
  readonly bytesDone: number;
  readonly bytesTotal: number;
  /** Retry number while waiting after a network error or a busy server. */
  readonly attempt?: number;
}

export const idleProgress: SyncProgress = {
  phase: 'idle',
  recordsDone: 0,
  recordsTotal: 0,
  attachmentsDone: 0,
  attachmentsTotal: 0,
  bytesDone: 0,
  bytesTotal: 0,
};

/** 0…1 over attachments' bytes and records together, for one bar. */
export function progressFraction(p: SyncProgress): number {
  const total = p.bytesTotal + p.recordsTotal;
  if (total === 0) return p.phase === 'done' ? 1 : 0;
  return Math.min(1, (p.bytesDone + p.recordsDone) / total);
}

/** A write refused because of the state the stored record is in (not a validation error). */
export type RecordStateProblem = 'finalized' | 'not-draft' | 'not-found' | 'not-finalized';

export class RecordStateError extends Error {
  override readonly name = 'RecordStateError';

  constructor(
    readonly problem: RecordStateProblem,
    readonly recordId: string,
    message: string,
  ) {
    super(message);
  }
}

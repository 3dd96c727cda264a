/**
 * Canonical JSON of record bodies three ways in one run: shared/domain/canonicalJson, the
 * reference `canonicalize` package (dev dependency) and plain JSON.stringify as the floor.
 * Bodies are JSON.parse'd copies, as the server sees them. Medians of interleaved rounds.
 */
import canonicalize from 'canonicalize';
import { canonicalJson } from '../../../shared/domain/canonicalJson';
import { median } from './stats';

export interface CanonicalJsonFigures {
  readonly canonicalMs: number;
  readonly referenceMs: number;
  readonly stringifyMs: number;
}

export function measureCanonicalJson(bodies: readonly unknown[], rounds = 5): CanonicalJsonFigures {
  const parsed = bodies.map((b): unknown => JSON.parse(JSON.stringify(b)));
  const time = (write: (v: unknown) => string | undefined): number => {
    const start = performance.now();
    let length = 0;
    for (const b of parsed) length += write(b)?.length ?? 0;
    if (length === 0) throw new Error('nothing written');
    return performance.now() - start;
  };
  const ours: number[] = [];
  const reference: number[] = [];
  const floor: number[] = [];
  for (let r = 0; r < rounds; r++) {
    ours.push(time((v) => canonicalJson(v)));
    reference.push(time((v) => canonicalize(v)));
    floor.push(time((v) => JSON.stringify(v)));
  }
  return { canonicalMs: median(ours), referenceMs: median(reference), stringifyMs: median(floor) };
}

/**
 * Bounds the requests that cost memory and CPU (bundle pushes, change pulls): at most
 * `maxActive` at once, at most `maxPerKey` of them for one device (or address), and at most
 * `maxQueued` waiting for a slot; past that the answer is 503 with Retry-After, so one
 * device pushing in a loop cannot starve the others or /health (docs/sync.md "Limits").
 * Taken in onRequest, before the body is read, and given back when the response closes
 * (sent or aborted).
 */
import type { FastifyReply, FastifyRequest } from 'fastify';
import { HttpError } from './httpError';
import { requestKey } from './requestKey';

export interface HeavyGateLimits {
  readonly maxActive: number;
  readonly maxPerKey: number;
  readonly maxQueued: number;
}

export class HeavyGate {
  private active = 0;
  private readonly perKey = new Map<string, number>();
  private readonly waiting: (() => void)[] = [];

  constructor(private readonly limits: HeavyGateLimits) {}

  /** The onRequest hook of a heavy route. */
  readonly hook = async (request: FastifyRequest, reply: FastifyReply): Promise<void> => {
    const key = requestKey(request);
    const mine = this.perKey.get(key) ?? 0;
    if (mine >= this.limits.maxPerKey) {
      reply.header('retry-after', '1');
      throw new HttpError(
        429,
        'too_many_parallel',
        `at most ${this.limits.maxPerKey} pushes or pulls at once per device`,
      );
    }
    this.perKey.set(key, mine + 1);
    let state: 'active' | 'waiting' | 'done' = 'waiting';
    const wake = (): void => {
      state = 'active';
      resume();
    };
    let resume = (): void => undefined;
    const release = (): void => {
      if (state === 'done') return;
      const held = state === 'active';
      state = 'done';
      const left = (this.perKey.get(key) ?? 1) - 1;
      if (left <= 0) this.perKey.delete(key);
      else this.perKey.set(key, left);
      if (!held) {
        const at = this.waiting.indexOf(wake);
        if (at >= 0) this.waiting.splice(at, 1);
        resume(); // an aborted waiter goes on to fail reading its body, holding nothing
        return;
      }
      // The slot passes straight to the next in line (active stays counted), else frees up.
      const next = this.waiting.shift();
      if (next) next();
      else this.active--;
    };
    reply.raw.once('close', release);
    if (this.active < this.limits.maxActive) {
      this.active++;
      state = 'active';
      return;
    }
    if (this.waiting.length >= this.limits.maxQueued) {
      release();
      reply.header('retry-after', '2');
      throw new HttpError(
        503,
        'server_busy',
        'the server is busy with other pushes and pulls: retry shortly',
      );
    }
    await new Promise<void>((resolve) => {
      resume = resolve;
      this.waiting.push(wake);
    });
  };
}

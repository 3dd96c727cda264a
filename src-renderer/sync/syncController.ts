/**
 * One per window: runs a sync (push, then pull) on demand and by itself when the office
 * server becomes reachable (the browser's `online` event, and a health probe whose interval
 * backs off while the server is away), keeps the progress for the screen, and writes the
 * rolling backup every 10 minutes while there is unsynced work and when the window closes.
 */
import type { AppError } from '../../shared/errors/appError';
import type { Bridge } from '../../shared/ipc/bridge';
import type { SyncLink } from '../../shared/ipc/contract';
import type { AppDatabase } from '../db/database';
import { adoptAssignedShortId, getDeviceIdentity } from '../db/deviceRepository';
import { toAppError } from '../errors/toAppError';
import { countOutbox } from '../db/outboxRepository';
import { countRelayQueue, listCompleteRelayReceipts } from '../db/relayQueue';
import { setLastSyncAt } from '../db/syncCursor';
import { pullChanges } from './pullChanges';
import { pushOutbox, type PushResult } from './pushOutbox';
import { relayImported, type RelayResult } from './relayImported';
import { backoffDelay, SyncHttpError, type RetryOptions } from './retry';
import { createSyncApi, type SyncApi } from './syncApi';
import { writeOutboxBackup } from './syncFiles';
import { idleProgress, type SyncProgress } from './syncProgress';

export interface SyncSnapshot {
  readonly running: boolean;
  readonly progress: SyncProgress;
  readonly link: SyncLink | null | undefined;
  readonly reachable: boolean | undefined;
  readonly lastResult?: {
    readonly push: PushResult;
    /** Imported records passed on to the server (office relay) and receipts saved. */
    readonly relay?: RelayResult;
    readonly pulled: number;
    readonly conflicts: number;
    readonly at: string;
  };
  /** The last failure, typed (docs/architecture.md "Error path"). */
  readonly lastError?: AppError;
}

export interface SyncControllerOptions {
  readonly db: AppDatabase;
  readonly bridge: Bridge;
  readonly device: { readonly id: string; readonly name: string };
  readonly retry?: RetryOptions;
  readonly probeMs?: { readonly min: number; readonly max: number };
  readonly backupEveryMs?: number;
  /** Delay of the first probe, so a cold start draws the list before sync opens anything. */
  readonly startDelayMs?: number;
  /** Where `online` and `pagehide` fire: the window; a plain EventTarget in tests. */
  readonly events?: EventTarget;
}

export const BACKUP_EVERY_MS = 10 * 60_000;

export class SyncController {
  private snapshot: SyncSnapshot = {
    running: false,
    progress: idleProgress,
    link: undefined,
    reachable: undefined,
  };
  private readonly listeners = new Set<() => void>();
  private abort: AbortController | null = null;
  private probeTimer: ReturnType<typeof setTimeout> | undefined;
  private backupTimer: ReturnType<typeof setInterval> | undefined;
  private probeFailures = 0;
  private started = false;
  readonly api: SyncApi;

  private readonly events: EventTarget;

  constructor(private readonly options: SyncControllerOptions) {
    this.api = createSyncApi(options.bridge.sync);
    this.events = options.events ?? window;
  }

  getSnapshot = (): SyncSnapshot => this.snapshot;

  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  private set(patch: Partial<SyncSnapshot>): void {
    this.snapshot = { ...this.snapshot, ...patch };
    for (const l of this.listeners) l();
  }

  async refreshLink(): Promise<SyncLink | null> {
    const link = await this.options.bridge.sync.status().catch(() => null);
    this.set({ link });
    return link;
  }

  /** Push then pull. Resolves when done, failed or cancelled; never throws. */
  async syncNow(): Promise<void> {
    if (this.snapshot.running) return;
    const link = await this.refreshLink();
    if (!link) return;
    const abort = new AbortController();
    this.abort = abort;
    this.set({ running: true, progress: idleProgress, lastError: undefined });
    const retry: RetryOptions = {
      ...this.options.retry,
      onRetry: (attempt) =>
        this.set({ progress: { ...this.snapshot.progress, phase: 'retrying', attempt } }),
    };
    try {
      await this.adoptShortId();
      // Other devices' work waiting at this office goes first: it has waited longest.
      const relay =
        (await countRelayQueue(this.options.db)) > 0 ||
        (await listCompleteRelayReceipts(this.options.db)).length > 0
          ? await relayImported({
              db: this.options.db,
              api: this.api,
              bridge: this.options.bridge,
              retry,
              signal: abort.signal,
              onProgress: (progress) => this.set({ progress }),
            })
          : undefined;
      const push = await pushOutbox({
        db: this.options.db,
        api: this.api,
        device: this.options.device,
        retry,
        signal: abort.signal,
        onProgress: (progress) => this.set({ progress }),
      });
      this.set({ progress: { ...this.snapshot.progress, phase: 'pull' } });
      // What is still waiting after the push (refused or conflicting records): the office's
      // device list shows it beside the time of this sync.
      const outboxSize = await countOutbox(this.options.db);
      const pulled = await pullChanges({
        db: this.options.db,
        api: this.api,
        serverDeviceId: link.serverDeviceId,
        retry,
        signal: abort.signal,
        outboxSize,
      });
      const at = new Date().toISOString();
      await setLastSyncAt(this.options.db, at);
      this.set({
        reachable: true,
        progress: { ...this.snapshot.progress, phase: 'done' },
        lastResult: {
          push,
          relay,
          pulled: pulled.stored,
          conflicts: push.conflicts + pulled.conflicts,
          at,
        },
      });
    } catch (error) {
      const lastError = toAppError(error);
      const cancelled = lastError.code === 'sync.cancelled';
      this.set({
        lastError,
        progress: idleProgress,
        ...(cancelled ? {} : { reachable: lastError.code !== 'sync.network' }),
      });
    } finally {
      this.abort = null;
      this.set({ running: false });
    }
  }

  /**
   * Once per laptop: asks the server for the short id it assigned (docs/records.md "Device
   * short ids") and numbers new records with it. A server without device administration
   * answers 404: numbering goes on with the laptop's own id.
   */
  private async adoptShortId(): Promise<void> {
    const identity = await getDeviceIdentity(this.options.db);
    if (identity.assignedShortId !== undefined) return;
    try {
      const me = await this.api.me();
      await adoptAssignedShortId(this.options.db, me.shortId);
    } catch (error) {
      if (error instanceof SyncHttpError && error.status === 404) return;
      throw error;
    }
  }

  cancel(): void {
    this.abort?.abort();
  }

  /** Starts the automatic part: online event, health probe, backups. Idempotent. */
  start(): void {
    if (this.started) return;
    this.started = true;
    this.events.addEventListener('online', this.onOnline);
    this.events.addEventListener('pagehide', this.onClose);
    this.backupTimer = setInterval(
      () => void this.backup(),
      this.options.backupEveryMs ?? BACKUP_EVERY_MS,
    );
    this.scheduleProbe(this.options.startDelayMs ?? 2_000);
  }

  stop(): void {
    this.started = false;
    this.cancel();
    this.events.removeEventListener('online', this.onOnline);
    this.events.removeEventListener('pagehide', this.onClose);
    clearTimeout(this.probeTimer);
    clearInterval(this.backupTimer);
  }

  private readonly onOnline = (): void => {
    this.probeFailures = 0;
    this.scheduleProbe(0);
  };

  private readonly onClose = (): void => {
    void this.backup();
  };

  async backup(): Promise<string | null> {
    if ((await countOutbox(this.options.db)) === 0) return null;
    return writeOutboxBackup(this.options.db, this.options.bridge, this.options.device).catch(
      () => null,
    );
  }

  private scheduleProbe(delayMs: number): void {
    clearTimeout(this.probeTimer);
    if (!this.started) return;
    this.probeTimer = setTimeout(() => void this.probe(), delayMs);
  }

  /** Health probe: a server that comes back (or outbox work waiting) starts a sync. */
  private async probe(): Promise<void> {
    const { min, max } = this.options.probeMs ?? { min: 30_000, max: 10 * 60_000 };
    const link = this.snapshot.link ?? (await this.refreshLink());
    if (!link) return this.scheduleProbe(max);
    const reachable = await this.api.health().catch(() => false);
    const wasReachable = this.snapshot.reachable;
    this.set({ reachable });
    if (!reachable) {
      this.probeFailures++;
      // Backs off while the office is away, never past `max`, with jitter so laptops spread out.
      return this.scheduleProbe(
        Math.max(min / 2, backoffDelay(this.probeFailures, min, max, Math.random)),
      );
    }
    this.probeFailures = 0;
    const waiting = (await countOutbox(this.options.db)) + (await countRelayQueue(this.options.db));
    if (wasReachable !== true || waiting > 0) await this.syncNow();
    this.scheduleProbe(min);
  }
}

const controllers = new WeakMap<AppDatabase, SyncController>();

/** The window's controller, made on first use. */
export function getSyncController(options: SyncControllerOptions): SyncController {
  let controller = controllers.get(options.db);
  if (!controller) {
    controller = new SyncController(options);
    controllers.set(options.db, controller);
  }
  return controller;
}

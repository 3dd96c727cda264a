// The automatic part of sync: while the server is away the probe backs off and nothing is
// lost; when it comes back (the `online` event) the outbox is pushed without a click; the
// rolling backup is written while there is unsynced work, and not when there is none.
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { readBundle } from '../../../shared/bundle/readBundle';
import type { Bridge, SyncTransport } from '../../../shared/ipc/bridge';
import { DeviceId } from '../../../shared/domain/ids';
import { createDraftInspection, saveDraft } from '../../../src-renderer/db/inspectionRepository';
import { countOutbox } from '../../../src-renderer/db/outboxRepository';
import { SyncController } from '../../../src-renderer/sync/syncController';
import { makeInspector, makeSite } from '../../fixtures/builders';
import { startTestServer, type TestServer } from '../../server/support/testServer';
import { enrolClient } from './syncHarness';

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(async () => server.close());

const until = async (check: () => Promise<boolean> | boolean, ms = 5_000) => {
  const end = Date.now() + ms;
  while (!(await check())) {
    if (Date.now() > end) throw new Error('condition not met in time');
    await new Promise((r) => setTimeout(r, 10));
  }
};

describe('SyncController', () => {
  it('syncs by itself when the server comes back, and backs up unsynced work meanwhile', async () => {
    const client = await enrolClient(server, '141181', '孝义分局 笔记本 09');
    let reachable = false;
    const probes: number[] = [];
    const transport: SyncTransport = {
      ...client.transport,
      request: (request) => {
        if (request.path === '/health') probes.push(Date.now());
        return reachable
          ? client.transport.request(request)
          : Promise.reject(new TypeError('Failed to fetch'));
      },
    };
    const backups: Uint8Array[] = [];
    const bridge: Bridge = {
      kind: 'web',
      getAppInfo: () => Promise.resolve({ version: 'test', platform: 'node', locale: 'zh-CN' }),
      saveFile: () => Promise.resolve(null),
      openFile: () => Promise.resolve(null),
      openPdfForPrint: () => Promise.resolve(),
      writeBackup: vi.fn((bytes: Uint8Array) => {
        backups.push(bytes);
        return Promise.resolve('/backups/b.json.gz');
      }),
      sync: transport,
    };
    await createDraftInspection(client.db, {
      type: 'vocs',
      template: { id: 'vocs-general', version: 1 },
      site: makeSite({ name: '孝义市“宏达”铸造厂' }),
      inspectors: [makeInspector()],
      deviceId: DeviceId.parse(client.device.id),
    });
    const events = new EventTarget();
    const controller = new SyncController({
      db: client.db,
      bridge,
      device: client.device,
      events,
      startDelayMs: 0,
      probeMs: { min: 40, max: 160 },
      backupEveryMs: 50,
      retry: { retries: 1, baseMs: 1, capMs: 2 },
    });
    controller.start();
    try {
      await until(() => probes.length >= 3);
      expect(controller.getSnapshot().reachable).toBe(false);
      expect(await countOutbox(client.db)).toBe(1);
      await until(() => backups.length >= 1);
      const backup = readBundle(backups[0] ?? new Uint8Array());
      expect(backup.ok && backup.bundle.records.map((r) => r.body.kind)).toEqual(['inspection']);

      reachable = true;
      events.dispatchEvent(new Event('online'));
      await until(
        () =>
          controller.getSnapshot().lastResult !== undefined && !controller.getSnapshot().running,
      );
      expect(await countOutbox(client.db)).toBe(0);
      expect(controller.getSnapshot()).toMatchObject({ reachable: true, running: false });
      expect(controller.getSnapshot().lastResult?.push.synced).toBe(1);

      // Nothing unsynced: no more backups.
      const written = backups.length;
      await new Promise((r) => setTimeout(r, 150));
      expect(backups.length).toBe(written);
    } finally {
      controller.stop();
    }
  });

  it('cancels a sync in progress before the next step; the outbox keeps its work', async () => {
    const client = await enrolClient(server, '141181', '孝义分局 笔记本 10');
    const draft = await createDraftInspection(client.db, {
      type: 'vocs',
      template: { id: 'vocs-general', version: 1 },
      site: makeSite(),
      inspectors: [makeInspector()],
      deviceId: DeviceId.parse(client.device.id),
    });
    // A photo reference, so the push starts by asking which attachments the office lacks.
    await saveDraft(client.db, {
      ...draft,
      attachments: [
        { sha256: 'ab'.repeat(32), kind: 'photo', mime: 'image/jpeg', size: 1200, caption: '' },
      ],
    });
    let release: () => void = () => undefined;
    const gate = new Promise<void>((r) => (release = r));
    const transport: SyncTransport = {
      ...client.transport,
      request: async (request) => (await gate, client.transport.request(request)),
    };
    const bridge = {
      kind: 'web',
      getAppInfo: vi.fn(),
      saveFile: vi.fn(),
      openFile: vi.fn(),
      openPdfForPrint: vi.fn(),
      writeBackup: vi.fn(),
      sync: transport,
    } satisfies Bridge;
    const controller = new SyncController({
      db: client.db,
      bridge,
      device: client.device,
      events: new EventTarget(),
    });
    const running = controller.syncNow();
    await until(() => controller.getSnapshot().running);
    controller.cancel();
    release();
    await running;
    expect(controller.getSnapshot().lastError?.code).toBe('sync.cancelled');
    expect(await countOutbox(client.db)).toBe(1);
  });
});

// A laptop and the office's device administration (docs/deploy.md "Devices"): the laptop
// takes the short id the server assigned and numbers new records with it while old numbers
// stay; it reports its outbox; when revoked it says so in a sentence, keeps its work and can
// still export a bundle file for the office.
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import i18next from 'i18next';
import type { Bridge } from '../../../shared/ipc/bridge';
import { DeviceId } from '../../../shared/domain/ids';
import { readBundleV2 } from '../../../shared/bundle/readBundleV2';
import { parseRecordNumber } from '../../../shared/records/recordNumber';
import { getDeviceIdentity } from '../../../src-renderer/db/deviceRepository';
import { createDraftInspection } from '../../../src-renderer/db/inspectionRepository';
import { countOutbox } from '../../../src-renderer/db/outboxRepository';
import { allocateRecordNumber } from '../../../src-renderer/db/recordNumberRepository';
import { errorMessage } from '../../../src-renderer/errors/errorMessage';
import { resources } from '../../../src-renderer/i18n/i18n';
import { SyncController } from '../../../src-renderer/sync/syncController';
import { exportBundleFile } from '../../../src-renderer/sync/syncFiles';
import { revokeDevice } from '../../../src-server/store/deviceStore';
import { makeInspector, makeSite } from '../../fixtures/builders';
import { startTestServer, type TestServer } from '../../server/support/testServer';
import { enrolClient, type TestClient } from './syncHarness';

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
  await i18next.init({ resources, lng: 'zh-CN', interpolation: { escapeValue: false } });
});
afterAll(async () => server.close());

function bridgeFor(client: TestClient, saved: Uint8Array[] = []): Bridge {
  return {
    kind: 'web',
    getAppInfo: () => Promise.resolve({ version: 'test', platform: 'node', locale: 'zh-CN' }),
    saveFile: vi.fn((_name: string, bytes: Uint8Array) => {
      saved.push(bytes);
      return Promise.resolve('/tmp/bundle.zip');
    }),
    openFile: () => Promise.resolve(null),
    openPdfForPrint: () => Promise.resolve(),
    writeBackup: () => Promise.resolve(null),
    sync: client.transport,
  };
}

function controllerFor(client: TestClient, bridge: Bridge): SyncController {
  return new SyncController({
    db: client.db,
    bridge,
    device: client.device,
    events: new EventTarget(),
    retry: { retries: 1, baseMs: 1, capMs: 2 },
  });
}

const draft = (client: TestClient, name: string) =>
  createDraftInspection(client.db, {
    type: 'vocs',
    template: { id: 'vocs-general', version: 1 },
    site: makeSite({ name }),
    inspectors: [makeInspector()],
    deviceId: DeviceId.parse(client.device.id),
  });

describe('a laptop and device administration', () => {
  it('numbers new records with the server-assigned short id; numbers already given keep the laptop’s own', async () => {
    const client = await enrolClient(server, '141181', '孝义分局 笔记本 21');
    const own = (await getDeviceIdentity(client.db)).shortId;
    const before = await allocateRecordNumber(client.db, '141181', 2026);
    expect(parseRecordNumber(before.recordNumber)?.deviceShortId).toBe(own);

    const controller = controllerFor(client, bridgeFor(client));
    await controller.syncNow();
    expect(controller.getSnapshot().lastError).toBeUndefined();

    const assigned = (await client.api.me()).shortId;
    expect(assigned).toHaveLength(4);
    expect((await getDeviceIdentity(client.db)).assignedShortId).toBe(assigned);
    const after = await allocateRecordNumber(client.db, '141181', 2026);
    expect(parseRecordNumber(after.recordNumber)).toMatchObject({
      deviceShortId: assigned,
      sequence: before.sequence + 1,
    });
    expect(after.recordNumber).not.toBe(before.recordNumber);
    // The laptop's own id is kept: the settings screen shows what older numbers carry.
    expect((await getDeviceIdentity(client.db)).shortId).toBe(own);

    // A second sync does not ask again.
    const me = vi.spyOn(controller.api, 'me');
    await controller.syncNow();
    expect(me).not.toHaveBeenCalled();
  });

  it('tells the office when it synced and how many records were still waiting, on the first pull page only', async () => {
    const admin = await enrolClient(server, 'city', '市局 管理机', fetch, 'admin');
    const client = await enrolClient(server, '141181', '孝义分局 笔记本 22');
    const row = async () =>
      (await admin.api.listDevices()).devices.find((d) => d.id === client.link.serverDeviceId);
    expect(await row()).toMatchObject({ lastSyncAt: null, outboxSize: null });

    await draft(client, '孝义市“宏达”铸造厂');
    await draft(client, '孝义市 第二家');
    const controller = controllerFor(client, bridgeFor(client));
    const changes = vi.spyOn(controller.api, 'changes');
    await controller.syncNow();
    expect(controller.getSnapshot().lastError).toBeUndefined();
    expect(changes.mock.calls[0]?.[2]).toBe(0);
    expect(changes.mock.calls.slice(1).every((call) => call[2] === undefined)).toBe(true);
    const synced = await row();
    expect(synced?.outboxSize).toBe(0);
    expect(Date.parse(synced?.lastSyncAt ?? '')).not.toBeNaN();

    // Reported as the laptop counts it: a pull that says 3 shows 3.
    await client.api.changes('0', 1, 3);
    expect((await row())?.outboxSize).toBe(3);
    await expect(client.api.listDevices()).rejects.toMatchObject({
      code: 'server.adminOnly',
      wireCode: 'admin_only',
    });
  });

  it('when revoked: says so in a sentence, keeps every record, and still exports a bundle file', async () => {
    const client = await enrolClient(server, '141181', '孝义分局 笔记本 23');
    const record = await draft(client, '孝义市“被停用”测试厂');
    const saved: Uint8Array[] = [];
    const bridge = bridgeFor(client, saved);
    await revokeDevice(server.opened.db, client.link.serverDeviceId);

    const controller = controllerFor(client, bridge);
    await controller.syncNow();
    const error = controller.getSnapshot().lastError;
    expect(error?.code).toBe('server.deviceRevoked');
    expect(errorMessage(i18next.getFixedT('zh-CN'), error)).toContain(
      '本设备已被停用，请联系管理员',
    );
    expect(errorMessage(i18next.getFixedT('en'), error)).toContain('disabled');

    expect(await countOutbox(client.db)).toBe(1);
    expect(await client.db.inspections.get(record.id)).toBeDefined();

    const identity = await getDeviceIdentity(client.db);
    const exported = await exportBundleFile(client.db, bridge, {
      id: client.device.id,
      name: client.device.name,
      shortId: identity.shortId,
    });
    expect(exported?.records).toBe(1);
    const read = readBundleV2(saved[0] ?? new Uint8Array());
    expect(read.ok && read.bundle.records.map((r) => r.body.id)).toEqual([record.id]);
  });
});

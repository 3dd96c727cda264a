// Every failure on the USB and relay paths reads as a sentence in zh-CN and en: platform
// refusals arrive as keys inside longer texts (Electron's IPC wrapper, zod's JSON issue
// list) and the clerk must see neither the key nor the JSON.
import i18next, { type TFunction } from 'i18next';
import { beforeAll, describe, expect, it } from 'vitest';
import { syncErrorText } from '../../../src-renderer/features/sync/syncErrorText';
import { syncEn, syncZh } from '../../../src-renderer/features/sync/messages';
import { en } from '../../../src-renderer/i18n/en';
import { zhCN } from '../../../src-renderer/i18n/zhCN';
import { createSyncApi } from '../../../src-renderer/sync/syncApi';
import { errorCode } from '../../../src-renderer/sync/syncFiles';
import type { SyncTransport } from '../../../shared/ipc/bridge';

const i18n = i18next.createInstance();
let zh: TFunction;
let english: TFunction;

beforeAll(async () => {
  await i18n.init({
    resources: {
      'zh-CN': { translation: { ...zhCN, sync: syncZh } },
      en: { translation: { ...en, sync: syncEn } },
    },
    lng: 'zh-CN',
    interpolation: { escapeValue: false },
  });
  zh = i18n.getFixedT('zh-CN');
  english = i18n.getFixedT('en');
});

/** What Electron hands the renderer when main's zod check refuses a request body. */
const ipcZodRefusal = `Error invoking remote method 'sync:request': ZodError: ${JSON.stringify(
  [{ code: 'custom', path: ['body'], message: 'errors.sync.bodyTooLarge' }],
  null,
  2,
)}`;

const looksRaw = (text: string) => /errors\.|[{}[\]"]|\bsync\./.test(text);

describe('sync error texts', () => {
  it.each([
    ['errors.fileTooLarge', '文件太大', 'too large to open'],
    [
      "Error invoking remote method 'file:open': Error: errors.fileTooLarge",
      '文件太大',
      'too large',
    ],
    [ipcZodRefusal, '超过了服务器的上限', 'exceeds the server’s limit'],
    ['bodyTooLarge', '超过了服务器的上限', 'exceeds the server’s limit'],
    ['too_large', '超过了服务器的上限', 'exceeds'],
    ['body_too_large', '超过了服务器的上限', 'exceeds'],
    ['attachments_missing', '缺少记录所附的照片', 'lacks photos'],
    ['SyncNetworkError', '连不上服务器', 'Cannot reach'],
    ['cancelled', '已取消', 'Cancelled'],
    ['bundle_id_reused', '错误代码 bundle_id_reused', 'error code bundle_id_reused'],
    ['{"error":{"code":"x"}}', '操作未完成', 'Not done'],
  ])('%s → a sentence in both languages', (raw, zhPart, enPart) => {
    const zhText = syncErrorText(zh, raw);
    const enText = syncErrorText(english, raw);
    expect(zhText).toContain(zhPart);
    expect(enText).toContain(enPart);
    // The code of an unknown server error may be named; a key or JSON never.
    expect(looksRaw(zhText)).toBe(false);
    expect(looksRaw(enText)).toBe(false);
  });

  it('a platform refusal wrapped in JSON becomes its bare code in the API', async () => {
    const transport = {
      request: () => Promise.reject(new Error(ipcZodRefusal)),
    } as unknown as SyncTransport;
    const failure = await createSyncApi(transport)
      .postBundle(new Uint8Array([1]), crypto.randomUUID(), '0'.repeat(64))
      .then(
        () => null,
        (error: unknown) => error,
      );
    expect(errorCode(failure)).toBe('bodyTooLarge');
  });
});

// Every error reads as a sentence in zh-CN and en (docs/architecture.md "Error path"): every
// AppErrorCode has both, every `errors.…` key the code uses exists in both, and whatever is
// thrown (a typed error from main or the server, a failed parse, a store error, a stray
// string) renders without keys, JSON or Electron's wrapper.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import i18next, { type TFunction } from 'i18next';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { z } from 'zod';
import { AppError, encodeIpcErrorMessage } from '../../../shared/errors/appError';
import { APP_ERROR_CODES } from '../../../shared/errors/errorCodes';
import { HttpAppError } from '../../../shared/errors/httpAppError';
import type { SyncTransport } from '../../../shared/ipc/bridge';
import { errorMessage, setUnknownErrorLog } from '../../../src-renderer/errors/errorMessage';
import { toAppError } from '../../../src-renderer/errors/toAppError';
import { resources } from '../../../src-renderer/i18n/i18n';
import { ipcFailure } from '../../../src-renderer/platform/electronBridge';
import { createSyncApi } from '../../../src-renderer/sync/syncApi';
import { SyncNetworkError } from '../../../src-renderer/sync/retry';

let zh: TFunction;
let en: TFunction;

beforeAll(async () => {
  // errorMessage reads through the global i18next (i18n.exists for schema keys).
  await i18next.init({ resources, lng: 'zh-CN', interpolation: { escapeValue: false } });
  zh = i18next.getFixedT('zh-CN');
  en = i18next.getFixedT('en');
});

/** Text a person must never read: keys, JSON, Electron's wrapper, placeholders left over. */
const looksRaw = (text: string) =>
  /errors\.|appErrors\.|\[file:|[{}[\]"]|Error invoking|§|\b[a-z]+\.[a-z]+[A-Z]\w*\b|\b[a-z]+_[a-z_]+\b/.test(
    text,
  );

function has(language: 'zh-CN' | 'en', key: string): boolean {
  const value = i18next.getResource(language, 'translation', key) as unknown;
  return typeof value === 'string' && value.trim() !== '';
}

describe('every code has a sentence', () => {
  it.each(APP_ERROR_CODES)('%s in zh-CN and en', (code) => {
    expect(has('zh-CN', `appErrors.${code}`)).toBe(true);
    expect(has('en', `appErrors.${code}`)).toBe(true);
    const zhText = errorMessage(zh, new AppError(code, { status: 500, count: 2 }));
    const enText = errorMessage(en, new AppError(code, { status: 500, count: 2 }));
    expect(zhText).toMatch(/[\u4e00-\u9fff]/);
    expect(enText).not.toMatch(/[\u4e00-\u9fff]/);
    expect(looksRaw(zhText) || looksRaw(enText)).toBe(false);
  });

  it('the check bites: a code without text is found missing', () => {
    expect(has('zh-CN', 'appErrors.print.noSuchCode')).toBe(false);
  });
});

/** Every source file of the app, for the keys it names. */
function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return /\.tsx?$/.test(name) ? [path] : [];
  });
}

describe('every errors.… key the code names exists in both languages', () => {
  const keys = new Set(
    ['src-renderer', 'shared', 'src-main']
      .flatMap(sourceFiles)
      .flatMap((file) =>
        [...readFileSync(file, 'utf8').matchAll(/['"`]((?:\w+\.)?errors\.[\w.-]+)['"`]/g)].map(
          (m) => m[1] ?? '',
        ),
      ),
  );

  it('finds the keys (the scan is not empty)', () => {
    expect(keys.size).toBeGreaterThan(20);
    expect(keys).toContain('errors.required');
  });

  it.each([...keys].sort())('%s', (key) => {
    expect(has('zh-CN', key), `zh-CN lacks ${key}`).toBe(true);
    expect(has('en', key), `en lacks ${key}`).toBe(true);
  });
});

describe('whatever is thrown reads as a sentence', () => {
  const fromMain = (error: AppError) =>
    new Error(
      `Error invoking remote method 'file:openPdf': IpcError: [file:openPdf] failed: x ${encodeIpcErrorMessage(error)}`,
    );

  it.each<[string, unknown, string, string]>([
    [
      'a failed PDF open from main',
      ipcFailure(fromMain(new AppError('print.openFailed', undefined, 'No application'))),
      'PDF 查看器',
      'PDF viewer',
    ],
    ['a blocked pop-up (web)', new AppError('print.popupBlocked'), '弹出窗口', 'pop-ups'],
    [
      'a refused enrolment',
      new HttpAppError(403, 'enrol_code_invalid', 'code expired'),
      '注册码无效',
      'enrolment code',
    ],
    [
      'a server 500',
      new HttpAppError(500, 'internal', 'internal server error'),
      'HTTP 500',
      'HTTP 500',
    ],
    [
      'a code from a newer server',
      new HttpAppError(409, 'brand_new_code', '…'),
      '冲突',
      'conflict',
    ],
    [
      'an unreachable server',
      new SyncNetworkError('Failed to fetch'),
      '连不上',
      'cannot be reached',
    ],
    [
      'a full disk',
      new DOMException('quota', 'QuotaExceededError'),
      '存储空间已满',
      'storage is full',
    ],
    [
      'a schema refusal',
      new z.ZodError([{ code: 'custom', path: ['name'], message: 'errors.tooLong', input: '' }]),
      '内容过长',
      'too long',
    ],
  ])('%s', (_label, error, zhPart, enPart) => {
    const zhText = errorMessage(zh, error);
    const enText = errorMessage(en, error);
    expect(zhText).toContain(zhPart);
    expect(enText.toLowerCase()).toContain(enPart.toLowerCase());
    expect(looksRaw(zhText)).toBe(false);
    expect(looksRaw(enText)).toBe(false);
  });

  it('an unknown error reads as the generic sentence and is logged, its text never shown', () => {
    const log = vi.fn();
    setUnknownErrorLog(log);
    const text = errorMessage(
      zh,
      new Error('[file:openPdf] failed: errors.print.openFailed: {"x":1}'),
    );
    expect(text).toBe(i18next.getResource('zh-CN', 'translation', 'appErrors.unknown'));
    expect(errorMessage(en, 'a thrown string')).toContain('Something unexpected');
    expect(log).toHaveBeenCalledTimes(2);
    expect(log.mock.calls[0]?.[0]).toMatchObject({
      code: 'unknown',
      detail: expect.stringContaining('errors.print.openFailed') as unknown,
    });
  });

  it("the store's own errors by name", () => {
    const stateError = Object.assign(new Error('x'), {
      name: 'RecordStateError',
      problem: 'finalized',
    });
    expect(toAppError(stateError).code).toBe('record.finalized');
    const duplicate = Object.assign(new Error('x'), { name: 'MachineDuplicateError', key: 'pin' });
    expect(toAppError(duplicate).code).toBe('machine.duplicatePin');
    const glyph = Object.assign(new Error('x'), {
      name: 'MissingGlyphError',
      missing: [{ char: '𠀀', field: 'site.name' }],
    });
    expect(errorMessage(en, glyph)).toContain('𠀀');
  });
});

describe('the sync client reads answers once into typed errors', () => {
  const answering = (status: number, body: unknown): SyncTransport =>
    ({
      request: () =>
        Promise.resolve({
          status,
          contentType: 'application/json',
          body: new TextEncoder().encode(JSON.stringify(body)),
        }),
    }) as unknown as SyncTransport;

  it('a 500 with the server error body', async () => {
    const failure = await createSyncApi(
      answering(500, { error: { code: 'internal', message: 'internal server error' } }),
    )
      .changes('0', 10)
      .catch((e: unknown) => e);
    expect(failure).toMatchObject({ code: 'server.internal', wireCode: 'internal', status: 500 });
  });

  it('an answer that is not JSON at all', async () => {
    const failure = await createSyncApi(answering(502, '<html>Bad Gateway</html>'))
      .changes('0', 10)
      .catch((e: unknown) => e);
    expect(failure).toMatchObject({ code: 'server.internal', status: 502 });
    expect(errorMessage(zh, failure)).toContain('HTTP 502');
  });

  it("a platform refusal stays itself; a failure main could not name is the network's", async () => {
    const refusing = {
      request: () => Promise.reject(new AppError('sync.bodyTooLarge')),
    } as unknown as SyncTransport;
    await expect(createSyncApi(refusing).health()).rejects.toMatchObject({
      code: 'sync.bodyTooLarge',
    });
    const failing = {
      request: () => Promise.reject(new TypeError('Failed to fetch')),
    } as unknown as SyncTransport;
    await expect(createSyncApi(failing).health()).rejects.toBeInstanceOf(SyncNetworkError);
  });
});

/**
 * The Bridge in Electron: every call goes through the preload's `window.bluesky.invoke`, and
 * every answer is parsed with the contract, so a main-process bug cannot hand the UI a
 * malformed value.
 */
import { AppError, appErrorOfZod, decodeIpcErrorMessage } from '../../shared/errors/appError';
import type { Bridge, FileFilter } from '../../shared/ipc/bridge';
import { pickFile } from './pickFile';
import {
  ipcContract,
  type IpcChannel,
  type IpcInput,
  type IpcOutput,
  type PreloadApi,
} from '../../shared/ipc/contract';

/**
 * The one place an IPC failure is read: main wrote an AppError into its message
 * (src-main/ipc/registerIpc.ts); Electron's wrapping around it is dropped. A failure without
 * one (the preload refusing a channel, Electron itself) is an `unknown` AppError.
 */
export function ipcFailure(error: unknown): AppError {
  const message = error instanceof Error ? error.message : String(error);
  const carried = decodeIpcErrorMessage(message);
  return carried
    ? AppError.from(carried, { cause: error })
    : new AppError('unknown', undefined, message, { cause: error });
}

const toContractFilters = (filters: readonly FileFilter[]) =>
  filters.map((f) => ({ name: f.name, extensions: [...f.extensions] }));

/** The contract wants ArrayBuffer-backed bytes; copy only when they sit on shared memory. */
function ownBytes(bytes: Uint8Array): Uint8Array<ArrayBuffer> {
  return bytes.buffer instanceof ArrayBuffer
    ? (bytes as Uint8Array<ArrayBuffer>)
    : new Uint8Array(bytes);
}

export function createElectronBridge(api: PreloadApi): Bridge {
  async function call<C extends IpcChannel>(channel: C, input: IpcInput<C>): Promise<IpcOutput<C>> {
    let raw: unknown;
    try {
      raw = await api.invoke(channel, input);
    } catch (error) {
      throw ipcFailure(error);
    }
    const output = ipcContract[channel].output.safeParse(raw);
    if (!output.success) throw appErrorOfZod(output.error, 'ipc.invalidOutput', `[${channel}] `);
    return output.data as IpcOutput<C>;
  }

  return {
    kind: 'electron',
    getAppInfo: () => call('app:info', undefined),
    saveFile: async (suggestedName, bytes, filters) =>
      (
        await call('file:save', {
          suggestedName,
          bytes: ownBytes(bytes),
          filters: toContractFilters(filters),
        })
      ).savedTo,
    openFile: (filters) => call('file:open', { filters: toContractFilters(filters) }),
    // A file input opens the system dialog in Electron too and gives a File read by slices,
    // so bundles never cross IPC whole (docs/sync.md "Reading by slices").
    pickFile: (filters) => pickFile(filters),
    saveFileStream: async (suggestedName, filters) => {
      const { writeId } = await call('file:saveBegin', {
        suggestedName,
        filters: toContractFilters(filters),
      });
      if (writeId === null) return null;
      return {
        write: async (chunk) => {
          await call('file:saveChunk', { writeId, bytes: ownBytes(chunk) });
        },
        close: async () =>
          (await call('file:saveEnd', { writeId, commit: true })).savedTo ?? suggestedName,
        abort: async () => {
          await call('file:saveEnd', { writeId, commit: false });
        },
      };
    },
    openPdfForPrint: async (suggestedName, bytes) => {
      await call('file:openPdf', { suggestedName, bytes: ownBytes(bytes) });
    },
    writeBackup: async (bytes) => (await call('backup:write', { bytes: ownBytes(bytes) })).path,
    sync: {
      status: () => call('sync:status', undefined),
      enrol: (input) => call('sync:enrol', input),
      request: (request) =>
        call('sync:request', request.body ? { ...request, body: ownBytes(request.body) } : request),
      forget: async () => {
        await call('sync:forget', undefined);
      },
    },
  };
}

/**
 * The Bridge in Electron: every call goes through the preload's `window.bluesky.invoke`, and
 * every answer is parsed with the contract, so a main-process bug cannot hand the UI a
 * malformed value.
 */
import type { Bridge, FileFilter } from '../../shared/ipc/bridge';
import { pickFile } from './pickFile';
import { ipcContract, type IpcChannel, type IpcInput, type IpcOutput, type PreloadApi } from '../../shared/ipc/contract';

/**
 * Electron wraps errors thrown in main as "Error invoking remote method 'x': Error: …";
 * the UI only needs the part main wrote (see src-main/ipc/registerIpc.ts).
 */
export function unwrapIpcErrorMessage(message: string): string {
  return message.replace(/^Error invoking remote method '[^']*': (?:\w*Error: )?/, '');
}

const toContractFilters = (filters: readonly FileFilter[]) =>
  filters.map((f) => ({ name: f.name, extensions: [...f.extensions] }));

/** The contract wants ArrayBuffer-backed bytes; copy only when they sit on shared memory. */
function ownBytes(bytes: Uint8Array): Uint8Array<ArrayBuffer> {
  return bytes.buffer instanceof ArrayBuffer ? (bytes as Uint8Array<ArrayBuffer>) : new Uint8Array(bytes);
}

export function createElectronBridge(api: PreloadApi): Bridge {
  async function call<C extends IpcChannel>(channel: C, input: IpcInput<C>): Promise<IpcOutput<C>> {
    let raw: unknown;
    try {
      raw = await api.invoke(channel, input);
    } catch (error) {
      throw new Error(unwrapIpcErrorMessage(error instanceof Error ? error.message : String(error)), { cause: error });
    }
    return ipcContract[channel].output.parse(raw) as IpcOutput<C>;
  }

  return {
    kind: 'electron',
    getAppInfo: () => call('app:info', undefined),
    saveFile: async (suggestedName, bytes, filters) =>
      (await call('file:save', { suggestedName, bytes: ownBytes(bytes), filters: toContractFilters(filters) })).savedTo,
    openFile: (filters) => call('file:open', { filters: toContractFilters(filters) }),
    // A file input opens the system dialog in Electron too and gives a File read by slices,
    // so bundles never cross IPC whole (docs/sync.md "Reading by slices").
    pickFile: (filters) => pickFile(filters),
    saveFileStream: async (suggestedName, filters) => {
      const { writeId } = await call('file:saveBegin', { suggestedName, filters: toContractFilters(filters) });
      if (writeId === null) return null;
      return {
        write: async (chunk) => {
          await call('file:saveChunk', { writeId, bytes: ownBytes(chunk) });
        },
        close: async () => (await call('file:saveEnd', { writeId, commit: true })).savedTo ?? suggestedName,
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
      request: (request) => call('sync:request', request.body ? { ...request, body: ownBytes(request.body) } : request),
      forget: async () => {
        await call('sync:forget', undefined);
      },
    },
  };
}

/**
 * Every main⇄renderer call: a new channel is one entry here. Main parses each input with
 * the channel's schema before doing anything; the renderer parses each output.
 */
import { z } from 'zod';

const FileFilter = z.object({
  name: z.string().min(1).max(60),
  extensions: z.array(z.string().regex(/^[a-z0-9.]{1,10}$/)).min(1).max(10),
});

/** A plain file name: no folders, nothing the OS would refuse. */
const FileName = z
  .string()
  .min(1)
  .max(200)
  // eslint-disable-next-line no-control-regex -- file names must not carry control characters
  .refine((s) => !/[\\/:*?"<>|\u0000-\u001f]/.test(s) && s !== '.' && s !== '..', 'errors.fileName');

/** 200 MiB: larger than any bundle or PDF we make, small enough to refuse runaway payloads. */
const MAX_FILE_BYTES = 200 * 1024 * 1024;
const Bytes = z.instanceof(Uint8Array).refine((b) => b.byteLength <= MAX_FILE_BYTES, 'errors.fileTooLarge');

export const ipcContract = {
  'app:info': {
    input: z.void(),
    output: z.object({
      version: z.string(),
      platform: z.string(),
      locale: z.string(),
    }),
  },
  'file:save': {
    input: z.object({ suggestedName: FileName, bytes: Bytes, filters: z.array(FileFilter).max(5) }),
    /** null: the user cancelled. */
    output: z.object({ savedTo: z.string().nullable() }),
  },
  'file:open': {
    input: z.object({ filters: z.array(FileFilter).max(5) }),
    /** null: the user cancelled. */
    output: z.object({ name: z.string(), bytes: z.instanceof(Uint8Array) }).nullable(),
  },
  'backup:write': {
    input: z.object({ bytes: Bytes }),
    output: z.object({ path: z.string() }),
  },
} as const;

export type IpcContract = typeof ipcContract;
export type IpcChannel = keyof IpcContract;
export type IpcInput<C extends IpcChannel> = z.input<IpcContract[C]['input']>;
export type IpcOutput<C extends IpcChannel> = z.output<IpcContract[C]['output']>;

export const ipcChannels = Object.keys(ipcContract) as IpcChannel[];

/** The object the preload exposes as `window.bluesky`. */
export interface PreloadApi {
  invoke<C extends IpcChannel>(channel: C, input: IpcInput<C>): Promise<IpcOutput<C>>;
}

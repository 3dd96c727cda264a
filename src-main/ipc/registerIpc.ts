/**
 * One generic `ipcMain.handle` per contract channel. In order, each call: checks that the
 * sending frame is our own origin, parses the input with the channel's zod schema, runs the
 * handler, and parses what it returns. A refused call never reaches its handler, and the
 * renderer gets an error whose message says which channel and why.
 */
import type { z } from 'zod';
import { AppError, appErrorOfZod, encodeIpcErrorMessage } from '../../shared/errors/appError';
import type { AppErrorCode } from '../../shared/errors/errorCodes';
import { ipcChannels, ipcContract, type IpcChannel } from '../../shared/ipc/contract';
import { isAppUrl } from '../security';
import type { HandlerDeps, IpcHandlers } from './handlers';

/** What Electron's IpcMainInvokeEvent carries that we look at. */
export interface InvokeEvent {
  readonly senderFrame: { readonly url: string } | null | undefined;
}

export interface IpcMainLike {
  handle(
    channel: string,
    listener: (event: InvokeEvent, ...args: unknown[]) => Promise<unknown>,
  ): void;
}

export type IpcErrorCode = 'forbidden' | 'invalid-input' | 'failed' | 'invalid-output';

const APP_CODE_OF_IPC: Readonly<Record<Exclude<IpcErrorCode, 'failed'>, AppErrorCode>> = {
  forbidden: 'ipc.forbidden',
  'invalid-input': 'ipc.invalidInput',
  'invalid-output': 'ipc.invalidOutput',
};

/**
 * The message crosses the process boundary and Electron keeps only `message`: it reads
 * "[channel] code: detail" for the log, followed by the AppError the bridge decodes
 * (shared/errors/appError.ts; docs/architecture.md "Error path").
 */
export class IpcError extends Error {
  constructor(
    readonly channel: string,
    readonly code: IpcErrorCode,
    detail: string,
    readonly appError: AppError = new AppError('unknown', undefined, detail),
  ) {
    const head = `[${channel}] ${code}: ${detail}`;
    const carried = new AppError(appError.code, appError.params, head, { cause: appError });
    super(`${head} ${encodeIpcErrorMessage(carried)}`);
    this.name = 'IpcError';
  }
}

/** Zod's issues as "path: message; …", for the log and the detail of the error. */
function describeIssues(error: z.ZodError): string {
  return error.issues
    .map((i) => `${i.path.length ? i.path.join('.') : '(input)'}: ${i.message}`)
    .join('; ');
}

/** A refusal of the contract: a refusal of its own (file too large…) or the channel's code. */
function contractError(
  channel: string,
  code: 'invalid-input' | 'invalid-output',
  error: z.ZodError,
): IpcError {
  return new IpcError(
    channel,
    code,
    describeIssues(error),
    appErrorOfZod(error, APP_CODE_OF_IPC[code]),
  );
}

export interface RegisterIpcOptions {
  readonly ipcMain: IpcMainLike;
  readonly appOrigin: string;
  readonly handlers: IpcHandlers;
  readonly deps: HandlerDeps;
  /** Where handler failures are logged in full; the renderer only gets the message. */
  readonly log?: (message: string, error: unknown) => void;
}

/** Builds the checked call for one channel; exported so tests drive it without ipcMain. */
export function createChannelHandler<C extends IpcChannel>(
  channel: C,
  options: Omit<RegisterIpcOptions, 'ipcMain'>,
): (event: InvokeEvent, raw: unknown) => Promise<unknown> {
  // Widened once here: the contract pairs each channel's schemas with its handler's types,
  // which TypeScript cannot follow through an indexed generic.
  const spec = ipcContract[channel] as { input: z.ZodType; output: z.ZodType };
  const handler = options.handlers[channel] as (
    input: unknown,
    deps: HandlerDeps,
  ) => Promise<unknown>;

  return async (event, raw) => {
    const url = event.senderFrame?.url;
    if (!isAppUrl(url, options.appOrigin)) {
      const detail = `sender ${url ?? '(no frame)'} is not ${options.appOrigin}`;
      throw new IpcError(
        channel,
        'forbidden',
        detail,
        new AppError(APP_CODE_OF_IPC.forbidden, undefined, detail),
      );
    }
    const input = spec.input.safeParse(raw);
    if (!input.success) throw contractError(channel, 'invalid-input', input.error);

    let result: unknown;
    try {
      result = await handler(input.data, options.deps);
    } catch (error) {
      options.log?.(`IPC ${channel} failed`, error);
      // A handler that knows what went wrong throws an AppError; anything else reads 'unknown'.
      const detail = error instanceof Error ? error.message : String(error);
      throw new IpcError(
        channel,
        'failed',
        detail,
        error instanceof AppError ? error : new AppError('unknown', undefined, detail),
      );
    }

    const output = spec.output.safeParse(result);
    if (!output.success) throw contractError(channel, 'invalid-output', output.error);
    return output.data;
  };
}

/**
 * Registers every channel in the contract. Calls on channels outside it are never answered
 * by us: ipcMain rejects unknown channels itself, and the preload refuses them first.
 */
export function registerIpc(options: RegisterIpcOptions): void {
  for (const channel of ipcChannels) {
    const call = createChannelHandler(channel, options);
    options.ipcMain.handle(channel, (event, raw) => call(event, raw));
  }
}

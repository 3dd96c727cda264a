/**
 * One generic `ipcMain.handle` per contract channel. In order, each call: checks that the
 * sending frame is our own origin, parses the input with the channel's zod schema, runs the
 * handler, and parses what it returns. A refused call never reaches its handler, and the
 * renderer gets an error whose message says which channel and why.
 */
import type { z } from 'zod';
import { ipcChannels, ipcContract, type IpcChannel } from '../../shared/ipc/contract';
import { isAppUrl } from '../security';
import type { HandlerDeps, IpcHandlers } from './handlers';

/** What Electron's IpcMainInvokeEvent carries that we look at. */
export interface InvokeEvent {
  readonly senderFrame: { readonly url: string } | null | undefined;
}

export interface IpcMainLike {
  handle(channel: string, listener: (event: InvokeEvent, ...args: unknown[]) => Promise<unknown>): void;
}

export type IpcErrorCode = 'forbidden' | 'invalid-input' | 'failed' | 'invalid-output';

/** The message crosses the process boundary; Electron keeps only `message`, so it says it all. */
export class IpcError extends Error {
  constructor(
    readonly channel: string,
    readonly code: IpcErrorCode,
    detail: string,
  ) {
    super(`[${channel}] ${code}: ${detail}`);
    this.name = 'IpcError';
  }
}

function describeIssues(error: z.ZodError): string {
  return error.issues.map((i) => `${i.path.length ? i.path.join('.') : '(input)'}: ${i.message}`).join('; ');
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
  const handler = options.handlers[channel] as (input: unknown, deps: HandlerDeps) => Promise<unknown>;

  return async (event, raw) => {
    const url = event.senderFrame?.url;
    if (!isAppUrl(url, options.appOrigin)) {
      throw new IpcError(channel, 'forbidden', `sender ${url ?? '(no frame)'} is not ${options.appOrigin}`);
    }
    const input = spec.input.safeParse(raw);
    if (!input.success) throw new IpcError(channel, 'invalid-input', describeIssues(input.error));

    let result: unknown;
    try {
      result = await handler(input.data, options.deps);
    } catch (error) {
      options.log?.(`IPC ${channel} failed`, error);
      throw new IpcError(channel, 'failed', error instanceof Error ? error.message : String(error));
    }

    const output = spec.output.safeParse(result);
    if (!output.success) throw new IpcError(channel, 'invalid-output', describeIssues(output.error));
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

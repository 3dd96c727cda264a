/**
 * A parsed input: what a handler may rely on after the contract's schema ran. Its own module so
 * handlers.ts and syncHandlers.ts share it without importing each other
 * (tests/static/importCycles.test.ts).
 */
import type { z } from 'zod';
import type { IpcChannel, IpcContract } from '../../shared/ipc/contract';

export type ParsedInput<C extends IpcChannel> = z.output<IpcContract[C]['input']>;

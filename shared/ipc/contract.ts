/**
 * Every main⇄renderer call: a new channel is one entry here. Main parses each input with
 * the channel's schema before doing anything; the renderer parses each output.
 */
import { z } from 'zod';

const FileFilter = z.object({
  name: z.string().min(1).max(60),
  extensions: z
    .array(z.string().regex(/^[a-z0-9.]{1,10}$/))
    .min(1)
    .max(10),
});

/** A plain file name: no folders, nothing the OS would refuse. */
const FileName = z
  .string()
  .min(1)
  .max(200)
  .refine(
    // eslint-disable-next-line no-control-regex -- file names must not carry control characters
    (s) => !/[\\/:*?"<>|\u0000-\u001f]/.test(s) && s !== '.' && s !== '..',
    'errors.fileName',
  );

/** 200 MiB: larger than any bundle or PDF we make, small enough to refuse runaway payloads. */
const MAX_FILE_BYTES = 200 * 1024 * 1024;
const Bytes = z
  .instanceof(Uint8Array)
  .refine((b) => b.byteLength <= MAX_FILE_BYTES, 'errors.fileTooLarge');

/** Names one chunked save in progress (src-main/ipc/streamSave.ts). */
const SaveId = z.string().regex(/^[0-9a-f]{32}$/);

/**
 * The office server's address as a person types it: http(s) only, no user:password, no
 * query or fragment. Kept as the origin plus an optional base path without a trailing slash.
 */
export const SyncServerUrl = z
  .string()
  .trim()
  .max(300)
  .transform((text, ctx) => {
    let url: URL;
    try {
      url = new URL(text);
    } catch {
      ctx.addIssue({ code: 'custom', message: 'errors.sync.serverUrl' });
      return z.NEVER;
    }
    if (
      (url.protocol !== 'http:' && url.protocol !== 'https:') ||
      url.username ||
      url.password ||
      url.search ||
      url.hash
    ) {
      ctx.addIssue({ code: 'custom', message: 'errors.sync.serverUrl' });
      return z.NEVER;
    }
    return `${url.origin}${url.pathname.replace(/\/+$/, '')}`;
  });

/** What the renderer may know of the enrolment: never the token. */
export const SyncLink = z.object({
  serverUrl: z.string().max(300),
  /** The id the office server gave this device at enrolment (not the local DeviceId). */
  serverDeviceId: z.string().max(60),
  scope: z.string().max(10),
  deviceName: z.string().max(100),
  /** From enrolment (docs/deploy.md "Devices"); absent for links made before device roles. */
  role: z.enum(['field', 'admin']).optional(),
});
export type SyncLink = z.infer<typeof SyncLink>;

/**
 * The only requests the renderer may have main make, under `/api/v1` of the enrolled server
 * (enrolment has its own channel): anything else is refused before a socket opens.
 */
const SHA256_PATH = '[0-9a-f]{64}';
export const syncRequestAllowList: readonly {
  readonly method: 'GET' | 'POST' | 'PUT';
  readonly path: RegExp;
}[] = [
  { method: 'GET', path: /^\/health$/ },
  { method: 'POST', path: /^\/attachments\/missing$/ },
  { method: 'PUT', path: new RegExp(`^/attachments/${SHA256_PATH}$`) },
  { method: 'GET', path: new RegExp(`^/attachments/${SHA256_PATH}$`) },
  { method: 'POST', path: /^\/bundles$/ },
  { method: 'GET', path: /^\/changes\?since=\d{1,15}(&limit=\d{1,4})?(&outbox=\d{1,7})?$/ },
  { method: 'GET', path: /^\/devices\/me$/ },
  { method: 'GET', path: /^\/admin\/devices$/ },
  { method: 'POST', path: /^\/admin\/devices\/[0-9a-f-]{36}\/revoke$/ },
];

export function isAllowedSyncRequest(method: string, path: string): boolean {
  return syncRequestAllowList.some((rule) => rule.method === method && rule.path.test(path));
}

/** The server's own body limit (docs/sync.md): nothing larger is worth sending. */
export const MAX_SYNC_BODY_BYTES = 50 * 1024 * 1024;

export const SyncRequest = z
  .object({
    method: z.enum(['GET', 'POST', 'PUT']),
    /** Path and query after `/api/v1`, e.g. `/changes?since=42&limit=500`. */
    path: z.string().max(200),
    contentType: z
      .enum(['application/json', 'image/jpeg', 'image/png', 'application/pdf'])
      .optional(),
    contentEncoding: z.literal('gzip').optional(),
    /** Replay hints of POST /bundles (docs/sync.md "Receipts and replays"). */
    bundleId: z.uuid().optional(),
    bundleChecksum: z
      .string()
      .regex(/^[0-9a-f]{64}$/)
      .optional(),
    body: z
      .instanceof(Uint8Array)
      .refine((b) => b.byteLength <= MAX_SYNC_BODY_BYTES, 'errors.sync.bodyTooLarge')
      .optional(),
  })
  .refine((r) => isAllowedSyncRequest(r.method, r.path), {
    message: 'errors.sync.pathNotAllowed',
    path: ['path'],
  })
  .refine((r) => (r.method === 'GET') === (r.body === undefined), {
    message: 'errors.sync.bodyMismatch',
    path: ['body'],
  });
export type SyncRequest = z.input<typeof SyncRequest>;

export const SyncResponse = z.object({
  status: z.number().int().min(100).max(599),
  contentType: z.string().max(200),
  body: z.instanceof(Uint8Array),
});
export type SyncResponse = z.infer<typeof SyncResponse>;

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
  /**
   * A file saved in chunks (bundle exports, docs/sync.md "Exporting"): begin asks where (null:
   * the user cancelled), each chunk is appended to a temp file, end renames it or removes it.
   * Each chunk is capped like any payload; the file as a whole is not.
   */
  'file:saveBegin': {
    input: z.object({ suggestedName: FileName, filters: z.array(FileFilter).max(5) }),
    output: z.object({ writeId: SaveId.nullable(), savedTo: z.string().nullable() }),
  },
  'file:saveChunk': {
    input: z.object({ writeId: SaveId, bytes: Bytes }),
    output: z.object({ size: z.number().int().nonnegative() }),
  },
  'file:saveEnd': {
    input: z.object({ writeId: SaveId, commit: z.boolean() }),
    output: z.object({ savedTo: z.string().nullable() }),
  },
  'file:open': {
    input: z.object({ filters: z.array(FileFilter).max(5) }),
    /** null: the user cancelled. */
    output: z.object({ name: z.string(), bytes: z.instanceof(Uint8Array) }).nullable(),
  },
  /**
   * Printing: main writes the PDF to a private temp folder and opens it in the system's PDF
   * viewer, whose print dialog knows the office printers. (Printing a PDF from a hidden
   * Electron window prints blank pages: the PDF viewer plugin does not render off-screen.)
   */
  'file:openPdf': {
    input: z.object({ suggestedName: FileName, bytes: Bytes }),
    output: z.object({ openedPath: z.string() }),
  },
  'backup:write': {
    input: z.object({ bytes: Bytes }),
    output: z.object({ path: z.string() }),
  },
  /** The enrolment main holds, without its token; null when not enrolled. */
  'sync:status': {
    input: z.void(),
    output: SyncLink.nullable(),
  },
  /** Main posts the code to the server, keeps the token (safeStorage) and returns the link. */
  'sync:enrol': {
    input: z.object({
      serverUrl: SyncServerUrl,
      code: z.string().trim().min(6).max(40),
      deviceName: z.string().trim().min(1).max(100),
    }),
    output: SyncLink,
  },
  /** One allow-listed request to the enrolled server, with the token added by main. */
  'sync:request': {
    input: SyncRequest,
    output: SyncResponse,
  },
  /** Forgets the enrolment and its token. */
  'sync:forget': {
    input: z.void(),
    output: z.object({ forgotten: z.boolean() }),
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

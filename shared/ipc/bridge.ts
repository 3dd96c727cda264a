/**
 * The one interface between the UI and its platform. Electron implements it over IPC,
 * web mode with browser downloads and file inputs. Features call this, never `window.*`.
 */
import type { IpcOutput, SyncLink, SyncRequest, SyncResponse } from './contract';

export interface FileFilter {
  readonly name: string;
  readonly extensions: readonly string[];
}

export interface Bridge {
  readonly kind: 'electron' | 'web';
  getAppInfo(): Promise<IpcOutput<'app:info'>>;
  /** Saves bytes where the user chooses; resolves null when they cancel. */
  saveFile(suggestedName: string, bytes: Uint8Array, filters: FileFilter[]): Promise<string | null>;
  /**
   * Saves a file that is written in chunks (bundle exports): resolves null when the user
   * cancels, else a sink whose `close` completes the file and `abort` leaves no trace.
   * Absent on platforms that only save whole files (callers fall back to saveFile).
   */
  saveFileStream?(suggestedName: string, filters: FileFilter[]): Promise<FileSink | null>;
  /** Lets the user pick one file; resolves null when they cancel. */
  openFile(filters: FileFilter[]): Promise<{ name: string; bytes: Uint8Array } | null>;
  /**
   * Lets the user pick one file and answers a handle to it, never its bytes, so a file of any
   * size is read by slices (bundle imports). Absent where the platform has none.
   */
  pickFile?(filters: FileFilter[]): Promise<{ name: string; file: Blob } | null>;
  /** Opens a PDF for printing (system viewer in Electron, a browser tab in web mode). */
  openPdfForPrint(suggestedName: string, bytes: Uint8Array): Promise<void>;
  /** Writes the rolling backup of unsynced work; null where the platform keeps none. */
  writeBackup(bytes: Uint8Array): Promise<string | null>;
  /** HTTP to the office server; in Electron main holds the token and makes the requests. */
  readonly sync: SyncTransport;
}

/** A file being written chunk by chunk; nothing is in place until `close` resolves. */
export interface FileSink {
  write(chunk: Uint8Array): Promise<void>;
  /** Completes the file; answers where it went (null: the user cancelled a late dialog). */
  close(): Promise<string | null>;
  abort(): Promise<void>;
}

/**
 * The small transport sync needs. The token never crosses it: enrol stores it on the
 * platform side and every request gets it added there.
 */
export interface SyncTransport {
  status(): Promise<SyncLink | null>;
  enrol(input: { serverUrl: string; code: string; deviceName: string }): Promise<SyncLink>;
  /** Answers every HTTP status; rejects only when the server could not be reached. */
  request(request: SyncRequest): Promise<SyncResponse>;
  forget(): Promise<void>;
}

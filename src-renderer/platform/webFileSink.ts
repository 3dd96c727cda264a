/**
 * Saving a chunked file in a plain browser: the chunks become a Blob (the browser may keep
 * its parts on disk), downloaded once complete, so no single array ever holds the whole file.
 */
import type { FileSink } from '../../shared/ipc/bridge';

export function webFileSink(suggestedName: string): FileSink {
  let parts: Blob[] = [];
  return {
    write: (chunk) => {
      parts.push(new Blob([new Uint8Array(chunk)]));
      return Promise.resolve();
    },
    close: () => {
      const url = URL.createObjectURL(new Blob(parts, { type: 'application/zip' }));
      parts = [];
      const link = document.createElement('a');
      link.href = url;
      link.download = suggestedName;
      link.rel = 'noopener';
      link.style.display = 'none';
      document.body.append(link);
      link.click();
      link.remove();
      // The download starts asynchronously; revoking at once can cancel it in some browsers.
      setTimeout(() => URL.revokeObjectURL(url), 60_000);
      return Promise.resolve(suggestedName);
    },
    abort: () => {
      parts = [];
      return Promise.resolve();
    },
  };
}

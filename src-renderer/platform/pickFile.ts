/**
 * Lets the user pick one file through a file input (the system's open dialog, in Electron
 * too) and answers the File itself: a handle, not its bytes, so a bundle of any size is read
 * by slices later (docs/sync.md "Reading by slices"). Resolves null when the user cancels.
 */
import type { FileFilter } from '../../shared/ipc/bridge';

/** `accept` for a file input: ".pdf,.json" from the dialog-style filters. */
export function acceptAttribute(filters: readonly FileFilter[]): string {
  return filters.flatMap((f) => f.extensions.map((e) => `.${e}`)).join(',');
}

export function pickFile(
  filters: readonly FileFilter[],
): Promise<{ name: string; file: File } | null> {
  return new Promise((resolve) => {
    const input = document.createElement('input');
    input.type = 'file';
    input.accept = acceptAttribute(filters);
    input.style.display = 'none';
    const finish = () => input.remove();
    input.addEventListener('cancel', () => {
      finish();
      resolve(null);
    });
    input.addEventListener('change', () => {
      const file = input.files?.[0];
      finish();
      resolve(file ? { name: file.name, file } : null);
    });
    document.body.append(input);
    input.click();
  });
}

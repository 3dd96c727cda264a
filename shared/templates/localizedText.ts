/** Template text in both UI languages; zh prints on the enforcement record, so neither may be empty. */
import { z } from 'zod';

const nonEmptyText = z.string().trim().min(1).max(1000);

export const LocalizedText = z.strictObject({ zh: nonEmptyText, en: nonEmptyText });
export type LocalizedText = z.infer<typeof LocalizedText>;

/** An object URL for a stored photo or signature (its thumbnail or full bytes), revoked after use. */
import { useEffect, useState } from 'react';
import { useServices } from '../../app/services';
import { getAttachment } from '../../db/attachmentRepository';

export function useAttachmentUrl(
  sha256: string | undefined,
  variant: 'thumbnail' | 'full',
): string | undefined {
  const { db } = useServices();
  const [url, setUrl] = useState<string | undefined>(undefined);
  useEffect(() => {
    if (sha256 === undefined) return undefined;
    let live = true;
    let created: string | undefined;
    void getAttachment(db, sha256).then((row) => {
      if (!live || row === undefined) return;
      const blob = variant === 'thumbnail' ? (row.thumbnail ?? row.blob) : row.blob;
      created = URL.createObjectURL(blob);
      setUrl(created);
    });
    return () => {
      live = false;
      if (created !== undefined) URL.revokeObjectURL(created);
      setUrl(undefined);
    };
  }, [db, sha256, variant]);
  return url;
}

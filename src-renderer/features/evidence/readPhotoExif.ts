/**
 * The EXIF facts a photo brings as evidence: when it was taken and where (docs/design.md
 * "Attachments"). Runs in the browser and in Node (exifr reads the bytes itself).
 */
import exifr from 'exifr';

export interface PhotoExif {
  /** ISO-8601 UTC. */
  readonly takenAt?: string;
  /** WGS-84 decimal degrees (EXIF GPS is WGS-84 by the standard's default datum). */
  readonly latitude?: number;
  readonly longitude?: number;
}

/**
 * EXIF DateTimeOriginal has no time zone. OffsetTimeOriginal (EXIF 2.31) gives one when the
 * camera wrote it; otherwise the camera is taken to be on Beijing time, which every phone and
 * camera set up in China is.
 */
export const DEFAULT_CAMERA_OFFSET = '+08:00';

const EXIF_TIME = /^(\d{4}):(\d{2}):(\d{2}) (\d{2}):(\d{2}):(\d{2})$/;
const OFFSET = /^[+-]\d{2}:\d{2}$/;

/** 'YYYY:MM:DD HH:MM:SS' + offset → ISO UTC, or undefined for a blank or impossible time. */
export function exifTimeToIso(text: unknown, offset: unknown): string | undefined {
  if (typeof text !== 'string') return undefined;
  const m = EXIF_TIME.exec(text.trim());
  if (!m) return undefined;
  const zone =
    typeof offset === 'string' && OFFSET.test(offset.trim())
      ? offset.trim()
      : DEFAULT_CAMERA_OFFSET;
  const local = `${m[1]}-${m[2]}-${m[3]}T${m[4]}:${m[5]}:${m[6]}`;
  const time = Date.parse(`${local}${zone}`);
  // Cameras without a set clock write 0000:00:00; V8 would roll 02-30 into March: refuse both.
  if (Number.isNaN(time) || Number(m[1]) < 1990) return undefined;
  const back = new Date(time + offsetMinutes(zone) * 60_000).toISOString().slice(0, 19);
  return back === local ? new Date(time).toISOString() : undefined;
}

function offsetMinutes(zone: string): number {
  const sign = zone.startsWith('-') ? -1 : 1;
  return sign * (Number(zone.slice(1, 3)) * 60 + Number(zone.slice(4, 6)));
}

function dmsToDecimal(parts: unknown, ref: unknown): number | undefined {
  if (
    !Array.isArray(parts) ||
    parts.length !== 3 ||
    !parts.every((p) => typeof p === 'number' && Number.isFinite(p))
  )
    return undefined;
  const [d, m, s] = parts as [number, number, number];
  const value = d + m / 60 + s / 3600;
  const negative = ref === 'S' || ref === 'W';
  return Math.round((negative ? -value : value) * 1e7) / 1e7;
}

/** Reads the EXIF of a JPEG (or any format exifr knows); a photo without EXIF gives {}. */
export async function readPhotoExif(bytes: Uint8Array | ArrayBuffer | Blob): Promise<PhotoExif> {
  // exifr reads Blobs with FileReader, which Node lacks: hand it bytes everywhere.
  const input = bytes instanceof Blob ? new Uint8Array(await bytes.arrayBuffer()) : bytes;
  let tags: Record<string, unknown> | undefined;
  try {
    tags = (await exifr.parse(input, {
      tiff: true,
      exif: true,
      gps: true,
      reviveValues: false,
      translateValues: false,
      pick: [
        'DateTimeOriginal',
        'OffsetTimeOriginal',
        'GPSLatitude',
        'GPSLatitudeRef',
        'GPSLongitude',
        'GPSLongitudeRef',
      ],
    })) as Record<string, unknown> | undefined;
  } catch {
    // Broken or unknown EXIF is common (edited photos, screenshots): the photo is still usable.
    return {};
  }
  if (tags === undefined) return {};
  const takenAt = exifTimeToIso(tags.DateTimeOriginal, tags.OffsetTimeOriginal);
  const latitude = dmsToDecimal(tags.GPSLatitude, tags.GPSLatitudeRef);
  const longitude = dmsToDecimal(tags.GPSLongitude, tags.GPSLongitudeRef);
  // 0,0 is what cameras write with no fix; out-of-range values are corrupt tags.
  const hasPlace =
    latitude !== undefined &&
    longitude !== undefined &&
    !(latitude === 0 && longitude === 0) &&
    Math.abs(latitude) <= 90 &&
    Math.abs(longitude) <= 180;
  return {
    ...(takenAt ? { takenAt } : {}),
    ...(hasPlace ? { latitude, longitude } : {}),
  };
}

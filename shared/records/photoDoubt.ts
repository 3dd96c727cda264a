/**
 * Does a photo fit its inspection? (docs/records.md "Evidence that does not fit"): its EXIF
 * time on the inspection day, as a day in Asia/Shanghai, and its EXIF position within 1 km of
 * the inspection location. Photos without EXIF time or position are not judged on that point.
 */
import type { PhotoDoubt } from '../domain/attachment';

export const MAX_PHOTO_DISTANCE_M = 1000;
const EARTH_RADIUS_M = 6_371_008.8;
const SHANGHAI_OFFSET_MS = 8 * 60 * 60 * 1000;

interface Point {
  readonly latitude: number;
  readonly longitude: number;
}

/** Great-circle distance in metres (haversine, mean earth radius). */
export function distanceMetres(a: Point, b: Point): number {
  const rad = Math.PI / 180;
  const dLat = (b.latitude - a.latitude) * rad;
  const dLon = (b.longitude - a.longitude) * rad;
  const h =
    Math.sin(dLat / 2) ** 2 +
    Math.cos(a.latitude * rad) * Math.cos(b.latitude * rad) * Math.sin(dLon / 2) ** 2;
  return 2 * EARTH_RADIUS_M * Math.asin(Math.min(1, Math.sqrt(h)));
}

/** The calendar day of an ISO time in Asia/Shanghai (UTC+8, no DST). */
export function shanghaiDayOf(iso: string): string {
  return new Date(Date.parse(iso) + SHANGHAI_OFFSET_MS).toISOString().slice(0, 10);
}

export interface PhotoFacts {
  readonly takenAt?: string | undefined;
  readonly position?: Point | undefined;
}

export interface InspectionWhenWhere {
  /** ISO time the inspection began (its day is the inspection day). */
  readonly startedAt: string;
  readonly location?: Point | undefined;
}

/** The doubt to record for a photo, with an empty reason, or undefined when it fits. */
export function photoDoubtOf(
  photo: PhotoFacts,
  inspection: InspectionWhenWhere,
): PhotoDoubt | undefined {
  const photoDay = photo.takenAt === undefined ? undefined : shanghaiDayOf(photo.takenAt);
  const otherDay =
    photoDay !== undefined && photoDay !== shanghaiDayOf(inspection.startedAt)
      ? photoDay
      : undefined;
  const distance =
    photo.position !== undefined && inspection.location !== undefined
      ? distanceMetres(photo.position, inspection.location)
      : undefined;
  const far =
    distance !== undefined && distance > MAX_PHOTO_DISTANCE_M ? Math.round(distance) : undefined;
  if (otherDay === undefined && far === undefined) return undefined;
  return {
    ...(otherDay === undefined ? {} : { otherDay }),
    ...(far === undefined ? {} : { distanceM: far }),
    reason: '',
  };
}

/** An inspection record: one checklist filled at one site by two or more inspectors. */
import { z } from 'zod';
import { Attachment, Sha256Hex } from './attachment';
import { RecordId } from './ids';
import { DraftInspector } from './inspector';
import { GeoLocation } from './location';
import { MachineIdentity } from './machine';
import { Recheck } from '../rectification/recheckSchema';
import { recordEnvelope } from './record';
import { Site } from './site';
import {
  IsoDate,
  IsoDateTime,
  multiLine,
  optionalLine,
  optionalMultiLine,
  requiredLine,
} from './text';

/** The built-in checklists' types; the office may publish more (docs/templates.md). */
export const inspectionTypes = [
  'vocs',
  'dust',
  'machinery',
  // The plan's priority campaigns (docs/domain.md "Priority campaigns").
  'emergency-response',
  'coking',
  'clean-transport',
  'denitration',
  'catering-fumes',
] as const;
/**
 * A checklist's type: a built-in one or a published template's (kebab-case, the prefix of its
 * item ids). Not a closed list, so old records' values stay valid and hash the same.
 */
export const InspectionType = z
  .string()
  .max(40)
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/);
export type InspectionType = z.infer<typeof InspectionType>;

/** The template an inspection was started with; it keeps it for life. */
export const TemplateRef = z.object({
  id: z.string().min(1).max(80),
  version: z.number().int().positive(),
});
export type TemplateRef = z.infer<typeof TemplateRef>;

export const ItemResult = z.enum(['pass', 'fail', 'na']);
export type ItemResult = z.infer<typeof ItemResult>;

/** The limit a reading was judged against, stored so the record shows what applied then. */
export const AppliedLimit = z.object({
  min: z.number().optional(),
  max: z.number().optional(),
  /** Strict bounds: a value equal to the bound breaches. Absent (inclusive) on older records. */
  minExclusive: z.boolean().optional(),
  maxExclusive: z.boolean().optional(),
  unit: z.string().max(20),
  source: z.string().max(200),
});

export const Instrument = z.object({
  type: optionalLine(40),
  model: optionalLine(80),
  serial: optionalLine(80),
  calibratedOn: z.union([z.literal(''), IsoDate]).default(''),
});

export const Reading = z.object({
  /** Several values when the method takes repeats (e.g. three smoke-opacity readings). */
  values: z.array(z.number().finite()).max(20).default([]),
  unit: z.string().max(20),
  instrument: Instrument.optional(),
  limit: AppliedLimit.optional(),
  exceeded: z.boolean().optional(),
  /**
   * Each value as the inspector wrote it ("0.60", "2,150"), beside `values`, so the record
   * prints what was typed (docs/domain.md "Readings"). Absent on records made before it
   * existed, which keeps their hash.
   */
  texts: z.array(z.string().trim().min(1).max(40)).max(20).optional(),
});

export const Answer = z.object({
  result: ItemResult.optional(),
  note: multiLine(2000),
  reading: Reading.optional(),
  /**
   * Why the result differs from what the reading's judgement gives (超标 → 不符合, 达标 → 符合);
   * printed with the result (docs/domain.md "Readings"). Optional: absent on older records.
   */
  overrideReason: optionalMultiLine(500),
});
export type Answer = z.infer<typeof Answer>;

export const Finding = z.object({
  id: RecordId,
  itemId: z.string().max(120).optional(),
  description: multiLine(4000),
  /** The rule breached, prefilled from the item's source standard. */
  rule: multiLine(1000),
  requirement: multiLine(4000),
  deadline: z.union([z.literal(''), IsoDate]).default(''),
});
export type Finding = z.infer<typeof Finding>;

export const SignerRole = z.enum(['inspector', 'party', 'witness']);

export const Signature = z.object({
  role: SignerRole,
  name: requiredLine(50),
  attachmentSha256: Sha256Hex,
  signedAt: IsoDateTime,
});
export type Signature = z.infer<typeof Signature>;

export const SignatureRefusal = z.object({
  reason: requiredLine(500),
  witnessName: requiredLine(50),
});

/**
 * The party is not on site (当事人不在场): a witness who is not an inspector attends and signs
 * instead (docs/records.md "Party, witness and every page").
 */
export const PartyAbsence = z.object({
  witnessName: requiredLine(50),
});

/** Why the inspection took place (docs/records.md "Inspection reason and recorder"). */
export const inspectionReasons = [
  'routine',
  'random',
  'complaint',
  'campaign',
  'recheck',
  'pollution-alert',
  'other',
] as const;
export const InspectionReason = z.enum(inspectionReasons);
export type InspectionReason = z.infer<typeof InspectionReason>;

/** The legal steps of an on-site record (docs/domain.md §4). */
export const LegalElements = z.object({
  certificatesShown: z.boolean().default(false),
  recusalAsked: z.boolean().default(false),
  recusalRequested: z.boolean().optional(),
  rightsNotified: z.boolean().default(false),
  partyConfirmation: multiLine(500),
});

export const Inspection = z.object({
  ...recordEnvelope,
  kind: z.literal('inspection'),
  type: InspectionType,
  template: TemplateRef,
  site: Site,
  /**
   * Snapshots as they were on the day: a later profile change must not rewrite history.
   * A colleague added on site may lack the certificate number while the record is a draft;
   * finalising requires it (shared/records/finaliseValidation.ts).
   */
  inspectors: z.array(DraftInspector).max(6),
  /** Sector modules or other options chosen at the start. */
  options: z.array(z.string().max(80)).max(40).default([]),
  /**
   * Facts asked at the start (control level, project area, emission stage …) by fact id;
   * template conditions and limit variants depend on them (shared/templates).
   */
  facts: z
    .record(z.string().max(80), z.union([z.string().max(500), z.number().finite()]))
    .default({}),
  startedAt: IsoDateTime.optional(),
  endedAt: IsoDateTime.optional(),
  location: GeoLocation.optional(),
  place: optionalLine(200),
  answers: z.record(z.string().max(120), Answer).default({}),
  findings: z.array(Finding).max(500).default([]),
  signatures: z.array(Signature).max(20).default([]),
  refusal: SignatureRefusal.optional(),
  /** Set when the party is absent; exclusive with `refusal` and a party signature. */
  partyAbsent: PartyAbsence.optional(),
  /** 检查事由; absent on records started before it was asked (finalise rules edition 2). */
  reason: InspectionReason.optional(),
  /** The 双随机 draw that chose this target (reason `random`); absent otherwise (docs/draws.md). */
  drawId: z.string().max(40).optional(),
  /** The inspector who writes the record (记录人), by name as listed in `inspectors`. */
  recorder: requiredLine(30).optional(),
  legal: LegalElements.default({
    certificatesShown: false,
    recusalAsked: false,
    rightsNotified: false,
    partyConfirmation: '',
  }),
  attachments: z.array(Attachment).max(500).default([]),
  /** Registry entry the check is about (machinery checks). */
  machineId: RecordId.optional(),
  /**
   * The machine's identity as registered when the check was finalised (part of the hashed
   * body), so a later registry edit never changes what the record says.
   */
  machine: MachineIdentity.optional(),
  recordNumber: optionalLine(60).optional(),
  /** Set when finalised: sha256 over the canonical body plus attachment hashes. */
  hash: Sha256Hex.optional(),
  /** The record this one amends, by id and hash. */
  amends: z.object({ id: RecordId, hash: Sha256Hex }).optional(),
  /**
   * The edition of the finalising rules this record met, written when it is finalised
   * (shared/records/finaliseRules.ts). Absent on drafts and on records finalised before it
   * existed (edition 1), so their hash is unchanged.
   */
  finaliseRules: z.number().int().min(1).max(100).optional(),
  /**
   * The control level the site's county applies and its basis (shared/templates/controlLevels.ts),
   * stored when the template asks for a control level; `reason` when the inspector applied
   * another. Absent on older records, which keeps their hash.
   */
  controlLevelBasis: z
    .object({
      expected: z.enum(['general', 'special']),
      basis: z.string().max(200),
      reason: optionalMultiLine(500),
    })
    .optional(),
  /** Set on a 复查 (re-inspection) record only (shared/rectification/recheckSchema.ts). */
  recheck: Recheck.optional(),
});
export type Inspection = z.infer<typeof Inspection>;
export type InspectionInput = z.input<typeof Inspection>;

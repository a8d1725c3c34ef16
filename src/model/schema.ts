// The Zod schemas of ../shared/FORMAT.md (version 1): the single source of Waymark's types.
// Unknown fields are dropped (z.object strips them); missing optional lists default to [].
import { z } from 'zod';
import './zodWithoutEval';

export const FORMAT_NAME = 'waymark';
export const FORMAT_VERSION = 1;

export const LIMITS = {
  /** 25 MB as FORMAT.md says: 25,000,000 bytes (not 25 MiB). */
  maxFileBytes: 25_000_000,
  maxStages: 100,
  maxTouchpoints: 5000,
  maxConnections: 20000,
  maxErrorsListed: 50,
} as const;

const id = z.string().min(1).max(64);
const longText = z.string().max(10_000);
const note = z.string().max(2000);
const list = <T extends z.ZodType>(item: T) => z.array(item).default([]);

export const CHANNELS = [
  'web', 'app', 'store', 'phone', 'email', 'chat', 'social', 'ad', 'print', 'delivery', 'in-person', 'other',
] as const;
export const SEVERITIES = ['low', 'medium', 'high'] as const;
export const TRUST_BREAK_KINDS = ['inconsistent-info', 'hidden-cost', 'broken-promise', 'privacy', 'other'] as const;
export const PILLARS = ['personalisation', 'integrity', 'expectations', 'resolution', 'time-and-effort', 'empathy'] as const;
export const ACTION_STATUSES = ['open', 'doing', 'done'] as const;
export const BETTER = ['lower', 'higher'] as const;
export const FLOWS = ['ltr', 'rtl'] as const;
export const WELL_KNOWN_METRICS = [
  'nps', 'csat', 'ces', 'resolution-time', 'cart-abandonment', 'returns', 'service-calls', 'repeat-purchases',
  'pages-before-purchase',
] as const;

export const ChannelSchema = z.enum(CHANNELS);
export const PositionSchema = z.object({ x: z.number().finite(), y: z.number().finite() });

export const QuantitySchema = z.object({
  value: z.number().finite(),
  unit: z.string().min(1).max(32),
  better: z.enum(BETTER),
});

export const FrictionSchema = z.object({ id, severity: z.enum(SEVERITIES), note });
export const TrustBreakSchema = z.object({ id, kind: z.enum(TRUST_BREAK_KINDS), note });
export const ExpectationSchema = z.object({
  id,
  topic: z.string().min(1).max(120),
  message: z.string().min(1).max(2000),
  promise: QuantitySchema.optional(),
  /** false: the user dismissed the promise the audit read from the message text. */
  readPromise: z.boolean().optional(),
});
export const ExperienceSchema = z.object({
  id,
  topic: z.string().min(1).max(120),
  note: note.optional(),
  actual: z.object({ value: z.number().finite(), unit: z.string().min(1).max(32) }).optional(),
});
export const MetricSchema = z.object({
  key: z.string().min(1).max(64),
  value: z.number().finite(),
  unit: z.string().max(32).optional(),
  target: z.number().finite().optional(),
});
export const EvidenceSchema = z.object({ id, quote: z.string().min(1).max(2000), source: z.string().max(300).optional() });
export const ActionSchema = z.object({
  id,
  text: z.string().min(1).max(2000),
  owner: z.string().max(120).optional(),
  due: z.iso.date().optional(),
  status: z.enum(ACTION_STATUSES),
});

export const StageSchema = z.object({
  id,
  name: z.string().min(1).max(120),
  color: z.string().regex(/^#[0-9a-fA-F]{6}$/, 'a colour written as #rrggbb').optional(),
});

export const TouchpointSchema = z.object({
  id,
  stageId: id,
  title: z.string().min(1).max(300),
  channel: ChannelSchema,
  position: PositionSchema,
  description: longText.optional(),
  emotion: z.int().min(-2).max(2).optional(),
  friction: list(FrictionSchema),
  trustBreaks: list(TrustBreakSchema),
  expectations: list(ExpectationSchema),
  experiences: list(ExperienceSchema),
  metrics: list(MetricSchema),
  pillars: list(z.enum(PILLARS)),
  evidence: list(EvidenceSchema),
  actions: list(ActionSchema),
  votes: z.int().min(0).optional(),
});

export const ConnectionSchema = z.object({
  id,
  from: id,
  to: id,
  label: z.string().max(300).optional(),
});

export const PersonaSchema = z.object({ name: z.string().min(1).max(300), description: longText.optional() });

export const JourneyMapSchema = z.object({
  id,
  title: z.string().min(1).max(300),
  description: longText.optional(),
  persona: PersonaSchema.optional(),
  createdAt: z.iso.datetime({ offset: true }),
  updatedAt: z.iso.datetime({ offset: true }),
  stages: z.array(StageSchema).min(1).max(LIMITS.maxStages),
  touchpoints: z.array(TouchpointSchema).max(LIMITS.maxTouchpoints),
  connections: z.array(ConnectionSchema).max(LIMITS.maxConnections),
  /** Which way the stages run on screen; absent: the interface language's direction. */
  flow: z.enum(FLOWS).optional(),
});

export const DocumentSchema = z.object({
  format: z.literal(FORMAT_NAME),
  version: z.literal(FORMAT_VERSION),
  exportedAt: z.iso.datetime({ offset: true }),
  maps: z.array(JourneyMapSchema),
});

export type Channel = z.infer<typeof ChannelSchema>;
export type Position = z.infer<typeof PositionSchema>;
export type Quantity = z.infer<typeof QuantitySchema>;
export type Friction = z.infer<typeof FrictionSchema>;
export type Severity = Friction['severity'];
export type TrustBreak = z.infer<typeof TrustBreakSchema>;
export type TrustBreakKind = TrustBreak['kind'];
export type Expectation = z.infer<typeof ExpectationSchema>;
export type Experience = z.infer<typeof ExperienceSchema>;
export type Metric = z.infer<typeof MetricSchema>;
export type Evidence = z.infer<typeof EvidenceSchema>;
export type Action = z.infer<typeof ActionSchema>;
export type ActionStatus = Action['status'];
export type Pillar = (typeof PILLARS)[number];
export type Stage = z.infer<typeof StageSchema>;
export type Touchpoint = z.infer<typeof TouchpointSchema>;
export type Connection = z.infer<typeof ConnectionSchema>;
export type Persona = z.infer<typeof PersonaSchema>;
export type JourneyMap = z.infer<typeof JourneyMapSchema>;
export type WaymarkDocument = z.infer<typeof DocumentSchema>;

// Import, the tldraw way: size check -> JSON.parse -> envelope -> refuse newer versions ->
// migrate -> Zod -> references. Nothing here touches the database; callers act on an ok Result.
import type { z } from 'zod';
import { migrateDocument, OLDEST_SUPPORTED_VERSION } from '../model/migrations';
import { referenceProblems, type Problem } from '../model/references';
import { clip, QUOTE_LIMIT, quoteValue } from './quote';
import { inInterfaceLanguage } from './schemaWords';
import { DocumentSchema, FORMAT_NAME, FORMAT_VERSION, JourneyMapSchema, LIMITS, type JourneyMap, type WaymarkDocument } from '../model/schema';

export type ImportError =
  | { kind: 'too-large'; bytes: number; limit: number }
  | { kind: 'empty' }
  | { kind: 'not-json'; detail: string }
  | { kind: 'not-waymark'; detail: string }
  | { kind: 'newer-version'; version: number; supported: number }
  | { kind: 'unsupported-version'; version: unknown }
  | { kind: 'invalid'; problems: Problem[]; more: number };

export type Result<T, E> = { ok: true; value: T } | { ok: false; error: E };

export function formatPath(path: ReadonlyArray<PropertyKey>): string {
  return path.reduce<string>((text, key) => (typeof key === 'number' ? `${text}[${key}]` : text ? `${text}.${String(key)}` : String(key)), '');
}

function zodProblems(error: z.ZodError, prefix = ''): Problem[] {
  // An empty path is the whole document; the interface names it in its own words.
  return error.issues.map((issue) => ({ path: formatPath([...(prefix ? [prefix] : []), ...issue.path]), message: issue.message }));
}

function invalid(problems: Problem[]): { ok: false; error: ImportError } {
  return { ok: false, error: { kind: 'invalid', problems: problems.slice(0, LIMITS.maxErrorsListed), more: Math.max(0, problems.length - LIMITS.maxErrorsListed) } };
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

export function parseDocumentText(text: string): Result<WaymarkDocument, ImportError> {
  const bytes = new TextEncoder().encode(text).length;
  if (bytes > LIMITS.maxFileBytes) return { ok: false, error: { kind: 'too-large', bytes, limit: LIMITS.maxFileBytes } };
  const trimmed = text.replace(/^\uFEFF/, '').trim();
  if (!trimmed) return { ok: false, error: { kind: 'empty' } };
  let raw: unknown;
  try {
    raw = JSON.parse(trimmed);
  } catch (error) {
    return { ok: false, error: { kind: 'not-json', detail: clip(error instanceof Error ? error.message : String(error), 2 * QUOTE_LIMIT) } };
  }
  return validateDocument(raw);
}

export function validateDocument(raw: unknown): Result<WaymarkDocument, ImportError> {
  if (!isRecord(raw)) return { ok: false, error: { kind: 'not-waymark', detail: 'the file holds no JSON object' } };
  if (raw.format !== FORMAT_NAME) return { ok: false, error: { kind: 'not-waymark', detail: `"format" is ${quoteValue(raw.format) ?? 'missing'}, expected "waymark"` } };
  const version = raw.version;
  if (typeof version !== 'number' || !Number.isInteger(version) || version < OLDEST_SUPPORTED_VERSION) {
    return { ok: false, error: { kind: 'unsupported-version', version } };
  }
  if (version > FORMAT_VERSION) return { ok: false, error: { kind: 'newer-version', version, supported: FORMAT_VERSION } };
  const migrated = migrateDocument(raw, version);
  if (!migrated.ok) return { ok: false, error: { kind: 'unsupported-version', version } };
  const parsed = DocumentSchema.safeParse(migrated.document, inInterfaceLanguage());
  if (!parsed.success) return invalid(zodProblems(parsed.error));
  const problems = parsed.data.maps.flatMap((map, i) => referenceProblems(map, `maps[${i}]`));
  if (problems.length > 0) return invalid(problems);
  return { ok: true, value: parsed.data };
}

/** The same checks for one map read back from IndexedDB: storage is trusted no more than a file. */
export function validateStoredMap(raw: unknown): Result<JourneyMap, ImportError> {
  const parsed = JourneyMapSchema.safeParse(raw, inInterfaceLanguage());
  if (!parsed.success) return invalid(zodProblems(parsed.error, 'map'));
  const problems = referenceProblems(parsed.data);
  if (problems.length > 0) return invalid(problems);
  return { ok: true, value: parsed.data };
}

export function toDocument(maps: JourneyMap[], now: string): WaymarkDocument {
  return { format: FORMAT_NAME, version: FORMAT_VERSION, exportedAt: now, maps };
}

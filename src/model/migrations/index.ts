// One step per version: steps[n] turns a version-n document into version n + 1. The same chain
// serves files (import) and stored maps (each document records the version its content follows).
// Version 1 is the first version of the format, so the shipped chain has no step yet.
import { FORMAT_NAME, FORMAT_VERSION } from '../schema';

export type Migration = (document: Record<string, unknown>) => Record<string, unknown>;
export type Migrations = Readonly<Record<number, Migration>>;

export const migrations: Migrations = {};

export const OLDEST_SUPPORTED_VERSION = 1;

export type Migrated = { ok: true; document: Record<string, unknown> } | { ok: false; missingStep: number };

/** Runs every step from `from` up to `to`; a missing step is reported, never skipped. */
export function migrateDocument(document: Record<string, unknown>, from: number, to = FORMAT_VERSION, steps: Migrations = migrations): Migrated {
  let current = document;
  for (let version = from; version < to; version++) {
    const step = steps[version];
    if (!step) return { ok: false, missingStep: version };
    current = { ...step(current), version: version + 1 };
  }
  return { ok: true, document: current };
}

/** A stored map whose content follows an older version, brought up to `to` through the same chain. */
export function migrateStoredMap(map: unknown, from: number, to = FORMAT_VERSION, steps: Migrations = migrations): { ok: true; map: unknown } | { ok: false; missingStep: number } {
  if (from >= to) return { ok: true, map };
  const result = migrateDocument({ format: FORMAT_NAME, version: from, maps: [map] }, from, to, steps);
  if (!result.ok) return result;
  const maps = result.document.maps;
  return { ok: true, map: Array.isArray(maps) ? maps[0] : undefined };
}

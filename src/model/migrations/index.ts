// One step per version: migrations[n] turns a version-n document into version n + 1.
// Version 1 is the first version of the format, so there is nothing to migrate yet.
export type Migration = (document: Record<string, unknown>) => Record<string, unknown>;

export const migrations: Record<number, Migration> = {};

export const OLDEST_SUPPORTED_VERSION = 1;

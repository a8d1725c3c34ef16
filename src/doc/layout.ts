// How a map is laid out in its Y.Doc. Nested Y types wherever two people may edit at once:
// a Y.Map per stage, touchpoint and connection (fields merge one by one), a Y.Array per ordered
// list (inserts from both sides survive), and per-tab count fields for votes (merged by adding;
// readMap's counterField).
// Small values that change as a whole (a position, a promise) are plain values.
//
// The records of a touchpoint's lists (`keyed`: friction, trust breaks, expectations, experiences,
// evidence, actions) are each one plain value, not a Y.Map, and all its lists (those and metrics,
// pillars) share one Y.Array, each entry tagged with its list (listViews.ts): Yjs packs the values
// one tab inserted together into one struct, where a Y.Map per record made every field of every
// message an item of its own, and every Y type costs about half a kilobyte (about 50 structs per
// touchpoint, 60 MB for 5,000 touchpoints, before).
// Editing a record replaces it at its place (delete and insert in one transaction). What that
// costs: two tabs editing the same record at the same moment each insert their version, and the
// repair that drops a duplicate id (model/repair.ts) keeps the first in the list, which Yjs orders
// alike in every tab: one version survives, the same everywhere. A record edited in one tab while
// another deletes it survives with the edit (the edit inserted a new value the deletion never saw).
// Touchpoints written before this hold a Y.Array per list and a Y.Map per record; they keep that
// layout (a packed array created later could be created by two tabs at once, and one of them, with
// what was put in it, would be lost), are read as before, and a record becomes a plain value when
// it is edited (see syncValueList), so old and new records can share one list.
import * as Y from 'yjs';
import {
  ActionSchema, ConnectionSchema, EvidenceSchema, ExpectationSchema, ExperienceSchema, FrictionSchema, JourneyMapSchema,
  StageSchema, TouchpointSchema, TrustBreakSchema,
} from '../model/schema';

/** What a record's fields are: lists of records with ids, lists of plain values, counters. */
export type Shape = {
  /** Field names in the order the format lists them, so derived records read like imported ones. */
  fields: readonly string[];
  /** Lists of records with ids, each record stored as one plain value (older documents: a Y.Map). */
  keyed: Readonly<Record<string, Shape>>;
  plainLists: readonly string[];
  counters: readonly string[];
};

const fieldsOf = (schema: { shape: object }) => Object.keys(schema.shape);
const flat = (schema: { shape: object }): Shape => ({ fields: fieldsOf(schema), keyed: {}, plainLists: [], counters: [] });

export const STAGE_SHAPE = flat(StageSchema);
export const CONNECTION_SHAPE = flat(ConnectionSchema);
export const TOUCHPOINT_SHAPE: Shape = {
  fields: fieldsOf(TouchpointSchema),
  keyed: {
    friction: flat(FrictionSchema),
    trustBreaks: flat(TrustBreakSchema),
    expectations: flat(ExpectationSchema),
    experiences: flat(ExperienceSchema),
    evidence: flat(EvidenceSchema),
    actions: flat(ActionSchema),
  },
  plainLists: ['metrics', 'pillars'],
  counters: ['votes'],
};
/** The map's own fields (title, persona, dates…); its three lists are root arrays of their own. */
export const MAP_FIELDS = fieldsOf(JourneyMapSchema).filter((key) => !['stages', 'touchpoints', 'connections'].includes(key));

/** The format version the document's content follows (FORMAT.md's `version`), kept in the document. */
export const FORMAT_VERSION_KEY = 'formatVersion';

export type MapRoots = {
  meta: Y.Map<unknown>;
  stages: Y.Array<Y.Map<unknown>>;
  touchpoints: Y.Array<Y.Map<unknown>>;
  connections: Y.Array<Y.Map<unknown>>;
  /** Deleted stage id -> the stage its touchpoints went to, to re-home cards a merge left behind. */
  removedStages: Y.Map<string>;
  /** `updatedAt`, apart from the rest so that undo never winds the clock back. */
  clock: Y.Map<string>;
};

export function mapRoots(doc: Y.Doc): MapRoots {
  return {
    meta: doc.getMap('meta'),
    stages: doc.getArray('stages'),
    touchpoints: doc.getArray('touchpoints'),
    connections: doc.getArray('connections'),
    removedStages: doc.getMap('removedStages'),
    clock: doc.getMap('clock'),
  };
}

/** The types an undo step may change: everything but the clock. */
export function undoScope(roots: MapRoots): Y.AbstractType<unknown>[] {
  return [roots.meta, roots.stages, roots.touchpoints, roots.connections, roots.removedStages] as Y.AbstractType<unknown>[];
}

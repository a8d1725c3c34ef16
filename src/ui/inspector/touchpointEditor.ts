// The edit operations the inspector's fields use on one touchpoint. Every edit reads the current
// map inside `doc.edit`, so it never works on a stale copy, and an edit that changes nothing is
// dropped (no empty undo step).
import { updateTouchpoint, type TouchpointPatch } from '../../model/touchpoints';
import type { JourneyMap, Touchpoint } from '../../model/schema';
import type { MapDocument } from '../../store/mapStore';

export type ListField = 'friction' | 'trustBreaks' | 'expectations' | 'experiences' | 'metrics' | 'evidence' | 'actions';

export type TouchpointEditor = {
  id: string;
  /** The undo group of one text field: `${touchpointId}:${fieldPath}`. */
  group: (path: string) => string;
  patch: (patch: TouchpointPatch, group?: string) => void;
  editList: <K extends ListField>(field: K, change: (list: Touchpoint[K]) => Touchpoint[K], group?: string) => void;
  closeGroup: () => void;
  /** Id of the <datalist> of topic suggestions, and the call that refreshes it. */
  topicsListId: string;
  refreshTopics: () => void;
};

function changes(touchpoint: Touchpoint, patch: TouchpointPatch): boolean {
  return (Object.keys(patch) as (keyof TouchpointPatch)[]).some((key) => !Object.is(touchpoint[key], patch[key]));
}

export function createTouchpointEditor(doc: MapDocument, id: string, topicsListId: string, refreshTopics: () => void): TouchpointEditor {
  const find = (map: JourneyMap) => map.touchpoints.find((t) => t.id === id);
  const options = (group?: string) => (group === undefined ? undefined : { group });
  return {
    id,
    group: (path) => `${id}:${path}`,
    patch: (patch, group) =>
      doc.edit((map) => {
        const touchpoint = find(map);
        return touchpoint && changes(touchpoint, patch) ? updateTouchpoint(map, id, patch) : map;
      }, options(group)),
    editList: (field, change, group) =>
      doc.edit((map) => {
        const touchpoint = find(map);
        if (!touchpoint) return map;
        const list = touchpoint[field];
        const next = change(list);
        return next === list ? map : updateTouchpoint(map, id, { [field]: next });
      }, options(group)),
    closeGroup: () => doc.closeGroup(),
    topicsListId,
    refreshTopics,
  };
}

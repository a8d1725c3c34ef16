// Every discrete edit of the open map, for the toolbar, panels, keyboard and canvas: each turns
// one user intent into one pure model operation, applied by `doc.edit` as one Y transaction and
// one undo step, and says in a notice what it could not do. Typing in a field is the other kind
// of edit: `doc.edit(change, { group })` from the form helpers (ui/common/useGroupedEdit,
// ui/inspector/touchpointEditor), grouped so a field's keystrokes undo as one step.
import { t } from '../i18n/en';
import { interfaceDirection } from '../i18n/locale';
import { arrangeMap, arrangeStage } from '../model/arrange';
import { addConnection, connectionRefusal, deleteConnections, setConnectionLabel } from '../model/connections';
import { CARD_SPACING, LANE_WIDTH } from '../model/lanes';
import { setMapFlow } from '../model/maps';
import type { JourneyMap, Position } from '../model/schema';
import { addStage, deleteStage, moveStage, neighbourStage } from '../model/stages';
import { addTouchpoint, copyTouchpoints, deleteTouchpoints, moveTouchpoints, pasteClip, updateTouchpoint, type Clip } from '../model/touchpoints';
import { mergeTopics, renameTopic } from '../audit/topicOps';
import { clearVotes } from '../workshop/votes';
import type { EditorStores } from './context';
import { selectTouchpoints } from './uiStore';

/** The in-app clipboard: shared by every open map in this tab, so copies can move between maps. */
let clipboard: Clip | null = null;
/** A pasted copy sits down and along the journey from its original, on screen. */
const PASTE_STEP = 32;

export function addTouchpointAt({ doc, ui }: EditorStores, position: Position, stageId?: string) {
  let created = '';
  doc.edit((map) => {
    const result = addTouchpoint(map, { position, title: t.canvas.newTouchpoint, ...(stageId ? { stageId } : {}) });
    created = result.id;
    return result.map;
  });
  if (created) {
    selectTouchpoints(ui, [created]);
    ui.setState({ titleFocusRequest: created });
  }
  return created;
}

/** A free spot in a lane's column, below what is already there. */
export function nextFreePosition(map: JourneyMap, stageIndex = 0): Position {
  const stage = map.stages[stageIndex];
  const inLane = map.touchpoints.filter((tp) => tp.stageId === stage?.id);
  const bottom = inLane.reduce((max, tp) => Math.max(max, tp.position.y + CARD_SPACING), 0);
  return { x: stageIndex * LANE_WIDTH, y: bottom };
}

/** "+ Touchpoint": into the selected card's stage, else the stage in view, below its cards. */
export function addTouchpointInStage(stores: EditorStores) {
  const map = stores.doc.store.getState().map;
  const { selectedTouchpoints, stageInView } = stores.ui.getState();
  const selected = map.touchpoints.find((tp) => selectedTouchpoints.has(tp.id));
  const index = selected ? map.stages.findIndex((s) => s.id === selected.stageId) : Math.min(stageInView ?? 0, map.stages.length - 1);
  const stageIndex = Math.max(index, 0);
  return addTouchpointAt(stores, nextFreePosition(map, stageIndex), map.stages[stageIndex]?.id);
}

export function deleteSelection({ doc, ui }: EditorStores) {
  const { selectedTouchpoints, selectedConnections } = ui.getState();
  if (selectedTouchpoints.size === 0 && selectedConnections.size === 0) return;
  doc.edit((map) => deleteTouchpoints(deleteConnections(map, selectedConnections), selectedTouchpoints));
  selectTouchpoints(ui, []);
}

export function copySelection({ doc, ui }: EditorStores) {
  const ids = ui.getState().selectedTouchpoints;
  if (ids.size > 0) clipboard = copyTouchpoints(doc.store.getState().map, ids);
}

export function paste({ doc, ui }: EditorStores) {
  if (!clipboard || clipboard.touchpoints.length === 0) return;
  const clip = clipboard;
  let ids: string[] = [];
  doc.edit((map) => {
    // Stored x grows to the right; when the map runs right to left on screen, along is leftwards.
    const along = (map.flow ?? interfaceDirection()) === 'rtl' ? -PASTE_STEP : PASTE_STEP;
    const result = pasteClip(map, clip, { x: along, y: PASTE_STEP });
    ids = result.ids;
    return result.map;
  });
  // Pasting again offsets again, so repeated pastes do not pile up on one spot.
  clipboard = copyTouchpoints(doc.store.getState().map, ids);
  selectTouchpoints(ui, ids);
}

export function duplicateSelection(stores: EditorStores) {
  copySelection(stores);
  paste(stores);
}

export function connect({ doc, ui }: EditorStores, from: string, to: string) {
  const refusal = connectionRefusal(doc.store.getState().map, from, to);
  if (refusal === 'self-loop') ui.setState({ notice: t.canvas.selfLoop });
  else if (refusal === 'duplicate') ui.setState({ notice: t.canvas.duplicateConnection });
  else if (!refusal) doc.edit((map) => addConnection(map, from, to));
}

/** "Arrange map": every stage's cards in journey order, as one undo step. */
export function arrangeWholeMap({ doc, ui }: EditorStores) {
  const before = doc.store.getState().map;
  doc.edit(arrangeMap);
  if (doc.store.getState().map === before) ui.setState({ notice: t.toolbar.alreadyArranged });
}

/** "Arrange stage": that stage's cards in journey order, as one undo step; the others stay. */
export function arrangeOneStage({ doc, ui }: EditorStores, stageId: string) {
  const before = doc.store.getState().map;
  doc.edit((map) => arrangeStage(map, stageId));
  const name = before.stages.find((s) => s.id === stageId)?.name;
  if (doc.store.getState().map === before && name !== undefined) ui.setState({ notice: t.stages.alreadyArranged(name) });
}

/** Cards moved on the canvas (a drop, or arrow keys), to stored (left-to-right) positions. */
export function moveCards({ doc }: EditorStores, moves: ReadonlyArray<{ id: string; position: Position }>) {
  if (moves.length > 0) doc.edit((map) => moveTouchpoints(map, moves));
}

/** What the canvas deleted (Delete on a selection it holds): cards and arrows, one undo step. */
export function deleteCanvasItems({ doc }: EditorStores, touchpointIds: readonly string[], connectionIds: readonly string[]) {
  doc.edit((map) => deleteTouchpoints(deleteConnections(map, connectionIds), touchpointIds));
}

/** A new stage at the end of the journey. */
export function addStageAtEnd({ doc }: EditorStores) {
  doc.edit((map) => addStage(map, t.stages.newName)?.map ?? map);
}

export function moveStageTo({ doc }: EditorStores, stageId: string, index: number) {
  doc.edit((map) => moveStage(map, stageId, index));
}

/** Deletes a stage; its touchpoints go to the neighbouring stage. The last stage stays. */
export function deleteStageKeepingCards({ doc, ui }: EditorStores, stageId: string) {
  const map = doc.store.getState().map;
  const target = neighbourStage(map, stageId);
  const result = deleteStage(map, stageId, target?.id);
  if (!result.ok) {
    ui.setState({ notice: t.stages.lastStage });
    return;
  }
  doc.edit(() => result.map);
  if (result.moved > 0 && target) ui.setState({ notice: t.stages.moved(result.moved, target.name) });
}

/** Which way the stages run on screen: as the interface reads (undefined), or fixed. */
export function setFlow({ doc }: EditorStores, flow: JourneyMap['flow']) {
  doc.edit((map) => setMapFlow(map, flow));
}

export function removeConnection({ doc }: EditorStores, connectionId: string) {
  doc.edit((map) => deleteConnections(map, [connectionId]));
}

/** An arrow's label; `group` joins the keystrokes of one field into one undo step. */
export function labelConnection({ doc }: EditorStores, connectionId: string, label: string, group?: string) {
  doc.edit((map) => {
    const connection = map.connections.find((c) => c.id === connectionId);
    return !connection || (connection.label ?? '') === label.trim() ? map : setConnectionLabel(map, connectionId, label);
  }, group === undefined ? undefined : { group });
}

/** Renames an audit topic in every message; a name another topic has merges the two. */
export function renameAuditTopic({ doc }: EditorStores, topicKey: string, to: string) {
  doc.edit((map) => renameTopic(map, topicKey, to));
}

export function mergeAuditTopics({ doc }: EditorStores, fromKey: string, intoKey: string) {
  doc.edit((map) => mergeTopics(map, fromKey, intoKey));
}

/** One dot more or less on a touchpoint; never below none, stored as no `votes` field. */
export function vote({ doc }: EditorStores, touchpointId: string, change: 1 | -1) {
  const touchpoint = doc.store.getState().map.touchpoints.find((tp) => tp.id === touchpointId);
  if (!touchpoint) return;
  const votes = Math.max(0, (touchpoint.votes ?? 0) + change);
  if (votes === (touchpoint.votes ?? 0)) return;
  doc.edit((map) => updateTouchpoint(map, touchpointId, { votes: votes === 0 ? undefined : votes }));
}

/** Clears every vote on the map: one edit, so one undo step brings them all back. */
export function resetVotes({ doc }: EditorStores) {
  doc.edit(clearVotes);
}

/** Puts a whole earlier version back as one edit (undoable); the history records it first. */
export function restoreMap({ doc }: EditorStores, map: JourneyMap) {
  doc.edit(() => map);
}

// Workshop commands shared by buttons and keys.
import { updateTouchpoint } from '../../model/touchpoints';
import type { EditorStores } from '../../store/context';
import { clearVotes } from '../../workshop/votes';
import { stepWalk } from '../../workshop/walk';

/** Present mode opens on the overview: the whole journey, before the walk through its stages. */
export function enterPresent({ ui }: EditorStores) {
  ui.setState({ presenting: true, walkStage: null });
  // Full screen where the browser allows it; present mode works without it too.
  document.documentElement.requestFullscreen?.().catch(() => undefined);
}

export function leavePresent({ ui }: EditorStores) {
  ui.setState({ presenting: false, walkStage: null });
  if (document.fullscreenElement) document.exitFullscreen?.().catch(() => undefined);
}

/** One step of the walk (overview → stage 1 → … → last stage), or `by` steps. */
export function walk({ doc, ui }: EditorStores, by: number) {
  const count = doc.store.getState().map.stages.length;
  ui.setState({ walkStage: stepWalk(ui.getState().walkStage, by, count) });
}

/** To the overview (Home) or the last stage (End). */
export function walkTo({ doc, ui }: EditorStores, to: 'overview' | 'last') {
  const count = doc.store.getState().map.stages.length;
  ui.setState({ walkStage: to === 'overview' || count === 0 ? null : count - 1 });
}

export function vote({ doc }: EditorStores, touchpointId: string, change: 1 | -1) {
  const touchpoint = doc.store.getState().map.touchpoints.find((t) => t.id === touchpointId);
  if (!touchpoint) return;
  const votes = Math.max(0, (touchpoint.votes ?? 0) + change);
  if (votes === (touchpoint.votes ?? 0)) return;
  // No votes is stored as no `votes` field, as in the examples.
  doc.edit((map) => updateTouchpoint(map, touchpointId, { votes: votes === 0 ? undefined : votes }));
}

/** Clears every vote on the map: one edit, so one undo step brings them all back. */
export function resetVotes({ doc }: EditorStores) {
  doc.edit(clearVotes);
}

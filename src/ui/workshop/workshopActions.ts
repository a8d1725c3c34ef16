// Present mode's commands shared by buttons and keys: they change only the view, never the map
// (votes are edits: src/store/commands.ts).
import type { EditorStores } from '../../store/context';
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

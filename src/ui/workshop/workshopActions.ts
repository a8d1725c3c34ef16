// Workshop commands shared by buttons and keys.
import { updateTouchpoint } from '../../model/touchpoints';
import type { EditorStores } from '../../store/context';

export function enterPresent({ ui }: EditorStores) {
  ui.setState({ presenting: true, walkStage: ui.getState().walkStage ?? 0 });
  // Full screen where the browser allows it; present mode works without it too.
  document.documentElement.requestFullscreen?.().catch(() => undefined);
}

export function leavePresent({ ui }: EditorStores) {
  ui.setState({ presenting: false, walkStage: null });
  if (document.fullscreenElement) document.exitFullscreen?.().catch(() => undefined);
}

export function walk({ doc, ui }: EditorStores, step: number) {
  const count = doc.store.getState().map.stages.length;
  const current = ui.getState().walkStage;
  const next = current === null ? 0 : Math.min(Math.max(current + step, 0), count - 1);
  ui.setState({ walkStage: next });
}

export function vote({ doc }: EditorStores, touchpointId: string, change: 1 | -1) {
  const touchpoint = doc.store.getState().map.touchpoints.find((t) => t.id === touchpointId);
  if (!touchpoint) return;
  const votes = Math.max(0, (touchpoint.votes ?? 0) + change);
  if (votes === (touchpoint.votes ?? 0)) return;
  // No votes is stored as no `votes` field, as in the examples.
  doc.edit((map) => updateTouchpoint(map, touchpointId, { votes: votes === 0 ? undefined : votes }));
}

// Keeps the selection to what exists: a touchpoint removed by undo, by another tab or by a
// repair is no longer selected, so no empty details panel or stale command stays behind.
import { useEffect } from 'react';
import type { EditorStores } from '../../store/context';
import { selectTouchpoints } from '../../store/uiStore';

export function useSelectionFollowsMap({ doc, ui }: EditorStores) {
  useEffect(
    () =>
      doc.store.subscribe(({ map }, previous) => {
        if (map.touchpoints === previous.map.touchpoints && map.connections === previous.map.connections) return;
        const { selectedTouchpoints, selectedConnections } = ui.getState();
        if (selectedTouchpoints.size === 0 && selectedConnections.size === 0) return;
        const touchpoints = new Set(map.touchpoints.map((t) => t.id));
        const connections = new Set(map.connections.map((c) => c.id));
        selectTouchpoints(ui, [...selectedTouchpoints].filter((id) => touchpoints.has(id)), [...selectedConnections].filter((id) => connections.has(id)));
      }),
    [doc, ui],
  );
}

// UI state of the editor: what is selected and which side panel shows. Never saved, never undone.
import { createStore, type StoreApi } from 'zustand/vanilla';

export type SidePanel = 'inspector' | 'map';

export type UiState = {
  selectedTouchpoints: ReadonlySet<string>;
  selectedConnections: ReadonlySet<string>;
  /** The open side panel, or null when the canvas has the whole width. */
  panel: SidePanel | null;
  /** A message for the user that is not an error of storage (a refused action, say). */
  notice: string | null;
  /** The arrow whose label is being edited in place. */
  editingConnection: string | null;
};

export type UiStore = StoreApi<UiState>;

const EMPTY: ReadonlySet<string> = new Set();

export function createUiStore(): UiStore {
  return createStore<UiState>()(() => ({
    selectedTouchpoints: EMPTY,
    selectedConnections: EMPTY,
    panel: null,
    notice: null,
    editingConnection: null,
  }));
}

function sameSet(a: ReadonlySet<string>, b: ReadonlySet<string>): boolean {
  if (a.size !== b.size) return false;
  for (const item of a) if (!b.has(item)) return false;
  return true;
}

export function selectTouchpoints(ui: UiStore, ids: Iterable<string>, connections: Iterable<string> = []) {
  const touchpoints = new Set(ids);
  const edges = new Set(connections);
  const state = ui.getState();
  if (sameSet(state.selectedTouchpoints, touchpoints) && sameSet(state.selectedConnections, edges)) return;
  ui.setState({
    selectedTouchpoints: touchpoints,
    selectedConnections: edges,
    // The inspector opens on a selected touchpoint and closes when nothing is selected.
    panel: touchpoints.size === 1 ? 'inspector' : touchpoints.size === 0 && state.panel === 'inspector' ? null : state.panel,
  });
}

/** Applies React Flow's select / deselect changes for touchpoints or for arrows. */
export function applySelectionChanges(ui: UiStore, of: 'touchpoints' | 'connections', changes: ReadonlyArray<{ id: string; selected: boolean }>) {
  if (changes.length === 0) return;
  const { selectedTouchpoints, selectedConnections } = ui.getState();
  const next = new Set(of === 'touchpoints' ? selectedTouchpoints : selectedConnections);
  for (const change of changes) {
    if (change.selected) next.add(change.id);
    else next.delete(change.id);
  }
  if (of === 'touchpoints') selectTouchpoints(ui, next, selectedConnections);
  else selectTouchpoints(ui, selectedTouchpoints, next);
}

export function clearSelection(ui: UiStore) {
  selectTouchpoints(ui, []);
}

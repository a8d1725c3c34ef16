// UI state of the editor: what is selected and which side panel shows. Never saved, never undone.
import { createStore, type StoreApi } from 'zustand/vanilla';
import { FINDING_KINDS, type FindingKind } from '../audit/types';
import type { Lens } from '../workshop/lensCss';

export type SidePanel = 'inspector' | 'map' | 'audit' | 'votes';
export type AuditView = 'findings' | 'topics' | 'messages' | 'priorities';

export type UiState = {
  selectedTouchpoints: ReadonlySet<string>;
  selectedConnections: ReadonlySet<string>;
  /** The open side panel, or null when the canvas has the whole width. */
  panel: SidePanel | null;
  /** A message for the user that is not an error of storage (a refused action, say). */
  notice: string | null;
  /** The arrow whose label is being edited in place. */
  editingConnection: string | null;
  /** "Show only touchpoints with findings": the canvas dims the others. */
  auditHighlight: boolean;
  /** Which kinds of finding count for that highlight. */
  auditHighlightKinds: ReadonlySet<FindingKind>;
  auditView: AuditView;
  /** A request to bring touchpoints into view (a click on a finding); `seq` tells requests apart. */
  focusRequest: { ids: readonly string[]; seq: number } | null;
  /** Workshop: present mode (full screen, large type, no editing chrome). */
  presenting: boolean;
  /** Workshop: the stage the walk is on (an index into the stages), or null. */
  walkStage: number | null;
  /** Workshop: what the canvas highlights; everything else is dimmed. */
  lens: Lens;
  /** Workshop: dot-voting buttons on every card. */
  voting: boolean;
  /** The stage summary strip and the emotion curve under the lanes. */
  showInsights: boolean;
  /** The lane at the centre of the canvas, where "+ Touchpoint" adds when no card is selected. */
  stageInView: number | null;
  /** A touchpoint just added, whose title the details panel focuses once. */
  titleFocusRequest: string | null;
  /** The touchpoint whose "Add arrow to…" picker the details panel focuses once ("C" on a card). */
  arrowPickerRequest: string | null;
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
    auditHighlight: false,
    auditHighlightKinds: new Set(FINDING_KINDS),
    auditView: 'findings',
    focusRequest: null,
    presenting: false,
    walkStage: null,
    lens: { kind: 'none' },
    voting: false,
    showInsights: true,
    stageInView: null,
    titleFocusRequest: null,
    arrowPickerRequest: null,
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
    // The inspector opens on a selected touchpoint and closes when nothing is selected. The audit
    // stays open: the editor shows the inspector beside it.
    // While presenting, only a double-click opens the inspector (over the canvas); the audit and
    // the votes panel stay open while touchpoints are picked.
    panel:
      touchpoints.size === 1 && state.panel !== 'audit' && state.panel !== 'votes' && !state.presenting
        ? 'inspector'
        : touchpoints.size === 0 && state.panel === 'inspector'
          ? null
          : state.panel,
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

/** Selects touchpoints and asks the canvas to centre on them (a click on an audit finding). */
export function focusTouchpoints(ui: UiStore, ids: readonly string[]) {
  selectTouchpoints(ui, ids);
  ui.setState((state) => ({ focusRequest: { ids: [...ids], seq: (state.focusRequest?.seq ?? 0) + 1 } }));
}

export function clearSelection(ui: UiStore) {
  selectTouchpoints(ui, []);
}

/**
 * "C" on a selected card: its details open (beside the audit, when that is open) and their
 * "Add arrow to…" picker takes the focus. False when there is not exactly one card selected.
 */
export function requestArrowPicker(ui: UiStore): boolean {
  const state = ui.getState();
  const [only] = state.selectedTouchpoints;
  if (state.presenting || state.selectedTouchpoints.size !== 1 || only === undefined) return false;
  ui.setState({ arrowPickerRequest: only, panel: state.panel === 'audit' ? 'audit' : 'inspector' });
  return true;
}

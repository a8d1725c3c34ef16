// Hands the open map's stores to the editor's components, so each test can build fresh ones.
import { createContext, useContext, type ReactNode } from 'react';
import { useStore } from 'zustand';
import type { JourneyMap } from '../model/schema';
import type { MapDocument, MapState } from './mapStore';
import type { UiState, UiStore } from './uiStore';

export type EditorStores = { doc: MapDocument; ui: UiStore };

const EditorContext = createContext<EditorStores | null>(null);

export function EditorProvider({ stores, children }: { stores: EditorStores; children: ReactNode }) {
  return <EditorContext.Provider value={stores}>{children}</EditorContext.Provider>;
}

export function useEditor(): EditorStores {
  const stores = useContext(EditorContext);
  if (!stores) throw new Error('useEditor must be used inside <EditorProvider>');
  return stores;
}

/** Subscribes to one slice of the open map; components re-render only when that slice changes. */
export function useMapSelector<T>(select: (map: JourneyMap) => T): T {
  const { doc } = useEditor();
  return useStore(doc.store, (state: MapState) => select(state.map));
}

export function useUi<T>(select: (state: UiState) => T): T {
  const { ui } = useEditor();
  return useStore(ui, select);
}

export function useHistoryCounts(): { canUndo: boolean; canRedo: boolean } {
  const { doc } = useEditor();
  return useStore(doc.history);
}

// The editor's code, loaded on demand. Once loaded it is rendered directly, without Suspense:
// React 19 holds content revealed after a Suspense fallback for up to 300 ms, which is most of
// what opening a map took. A load that fails (the network dropped, a new version replaced the
// chunk) is forgotten, so the next call tries again.
export type EditorModule = typeof import('../ui/editor/EditorScreen');

let loaded: EditorModule | null = null;
let loading: Promise<EditorModule> | null = null;

export function loadEditor(): Promise<EditorModule> {
  loading ??= import('../ui/editor/EditorScreen').then(
    (module) => (loaded = module),
    (error: unknown) => {
      loading = null;
      throw error;
    },
  );
  return loading;
}

/** Fetches the editor in the background; a failure is shown only when the editor is opened. */
export function prefetchEditor(): void {
  loadEditor().catch(() => undefined);
}

export function loadedEditor(): EditorModule | null {
  return loaded;
}

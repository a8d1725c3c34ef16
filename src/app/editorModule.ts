// The editor's code, loaded on demand. Once loaded it is rendered directly, without Suspense:
// React 19 holds content revealed after a Suspense fallback for up to 300 ms, which is most of
// what opening a map took.
type EditorModule = typeof import('../ui/editor/EditorScreen');

let loaded: EditorModule | null = null;

export function loadEditor(): Promise<EditorModule> {
  return import('../ui/editor/EditorScreen').then((module) => (loaded = module));
}

export function loadedEditor(): EditorModule | null {
  return loaded;
}

// Runs autosave for the open map while the editor is mounted, and flushes it when the page
// is hidden or closed and when the editor closes.
import { useEffect, useRef, useState } from 'react';
import { startAutosave, type Autosave, type SaveStatus } from '../../persistence/autosave';
import type { Repository } from '../../persistence/repository';
import type { MapStore } from '../../store/mapStore';

export function useAutosave(store: MapStore, repository: Repository) {
  const [status, setStatus] = useState<SaveStatus>({ state: 'saved', records: 0 });
  const autosave = useRef<Autosave | null>(null);
  useEffect(() => {
    const running = startAutosave(store, (saved, current) => repository.saveChanges(saved, current), setStatus);
    autosave.current = running;
    const flush = () => void running.flush();
    const onVisibility = () => {
      if (document.visibilityState === 'hidden') flush();
    };
    window.addEventListener('pagehide', flush);
    document.addEventListener('visibilitychange', onVisibility);
    return () => {
      window.removeEventListener('pagehide', flush);
      document.removeEventListener('visibilitychange', onVisibility);
      void running.flush().finally(running.stop);
    };
  }, [store, repository]);
  return { status, retry: () => void autosave.current?.flush() };
}

// Opens a native <dialog> as a modal when it mounts and closes it when it unmounts, so a
// dialog's visibility follows React state. (Sets `open` where showModal is missing, as in happy-dom.)
import { useEffect, useRef } from 'react';

export function useModalDialog() {
  const dialog = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    const element = dialog.current;
    if (!element) return;
    if (!element.open) {
      if (typeof element.showModal === 'function') element.showModal();
      else element.setAttribute('open', '');
    }
    return () => {
      if (element.open && typeof element.close === 'function') element.close();
    };
  }, []);
  return dialog;
}

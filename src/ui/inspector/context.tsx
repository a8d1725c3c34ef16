import { createContext, useContext } from 'react';
import type { TouchpointEditor } from './touchpointEditor';

export const TouchpointEditorContext = createContext<TouchpointEditor | null>(null);

export function useTouchpointEditor(): TouchpointEditor {
  const editor = useContext(TouchpointEditorContext);
  if (!editor) throw new Error('useTouchpointEditor must be used inside the inspector');
  return editor;
}

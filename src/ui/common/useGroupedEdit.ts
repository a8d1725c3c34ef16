// Text fields commit on every keystroke; all keystrokes in one field, until it loses focus,
// make one undo step.
import { useCallback } from 'react';
import type { JourneyMap } from '../../model/schema';
import { useEditor } from '../../store/context';

export function useGroupedEdit(group: string) {
  const { doc } = useEditor();
  const edit = useCallback((change: (map: JourneyMap) => JourneyMap) => doc.edit(change, { group }), [doc, group]);
  return { edit, done: doc.closeGroup };
}

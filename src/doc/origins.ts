// Who made a change to a map's Y.Doc. Undo tracks only LOCAL; storage writes everything this tab
// made (LOCAL, REPAIR, undo/redo) and nothing that another tab or storage itself delivered.
export const LOCAL = { name: 'local edit' } as const;
/** Invariants restored after a merge; every tab makes the same repair, so it is never undone. */
export const REPAIR = { name: 'repair' } as const;
/** The edit clock (`updatedAt`), bumped by undo and redo too. */
export const CLOCK = { name: 'clock' } as const;
/** Updates read back from IndexedDB. */
export const STORAGE = { name: 'storage' } as const;

// What the audit views share: the audit data, and what a click on a touchpoint or finding does
// (select and centre on the canvas; the full-page view also closes itself first).
import { createContext, useContext } from 'react';
import type { AuditData } from './useAudit';

export type AuditViewContext = AuditData & { focus: (ids: readonly string[]) => void; large: boolean };

export const AuditContext = createContext<AuditViewContext | null>(null);

export function useAuditView(): AuditViewContext {
  const value = useContext(AuditContext);
  if (!value) throw new Error('useAuditView must be used inside the audit panel');
  return value;
}

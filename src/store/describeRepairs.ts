// One sentence that tells the user what a repair after a merge changed.
import { t } from '../i18n/en';
import type { Repair } from '../model/repair';

function describe(repair: Repair): string {
  switch (repair.kind) {
    case 'no-stage': return t.repairs.noStage;
    case 'duplicate-stage': return t.repairs.duplicateStage(repair.name);
    case 'duplicate-touchpoint': return t.repairs.duplicateTouchpoint(repair.title);
    case 'orphan-touchpoint': return t.repairs.orphanTouchpoint(repair.title, repair.stage);
    case 'dangling-connection': return t.repairs.danglingConnection(repair.count);
    case 'duplicate-connection': return t.repairs.duplicateConnection(repair.count);
    case 'duplicate-item': return t.repairs.duplicateItem(repair.title);
    case 'incomplete-record': return t.repairs.incompleteRecord(repair.title);
  }
}

export function describeRepairs(repairs: readonly Repair[]): string {
  const parts = [...new Set(repairs.map(describe))];
  return `${t.repairs.intro} ${parts.join('; ')}.`;
}

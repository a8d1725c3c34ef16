// The priorities ranking as CSV (for a spreadsheet) and Markdown (for the workshop minutes): each
// ranked touchpoint with its rank, score, reasons with their points, and its open actions with
// their owners. Loaded on demand by the UI.
import { t } from '../i18n/en';
import type { Action, JourneyMap } from '../model/schema';
import { auditMap } from './audit';
import { reasonText } from './describe';
import { listed, toCsv } from './exportCsv';
import { md, table } from './exportMarkdown';
import { priorities, type Priority } from './priorities';
import type { Audit } from './types';

const reasonsOf = (entry: Priority) => entry.reasons.map((reason) => t.audit.priorities.reasonWithPoints(reasonText(reason), reason.points));
const actionText = (action: Action) => t.audit.csv.action(action.text, t.actionStatuses[action.status], action.due ?? '');

export function prioritiesCsv(map: JourneyMap, audit: Audit = auditMap(map)): string {
  const p = t.audit.priorities;
  const join = t.audit.csv.listJoin;
  const stageNames = new Map(map.stages.map((stage) => [stage.id, stage.name]));
  const rows: string[][] = [[...p.csvHeaders]];
  for (const entry of priorities(map, audit)) {
    const { touchpoint } = entry;
    rows.push([
      String(entry.rank),
      String(entry.score),
      stageNames.get(touchpoint.stageId) ?? '',
      touchpoint.title,
      t.channels[touchpoint.channel],
      reasonsOf(entry).join(join),
      listed(entry.openActions.map(actionText), join),
      [...new Set(entry.openActions.flatMap((a) => (a.owner ? [a.owner] : [])))].join(', '),
    ]);
  }
  return toCsv(rows);
}

export function prioritiesMarkdown(map: JourneyMap, audit: Audit = auditMap(map), now: Date = new Date()): string {
  const p = t.audit.priorities;
  const r = t.audit.report;
  const stageNames = new Map(map.stages.map((stage) => [stage.id, stage.name]));
  const ranked = priorities(map, audit);
  const out: string[] = [`# ${p.reportTitle(md(map.title))}`, ''];
  if (map.persona) out.push(r.persona(md(map.persona.name)), '');
  out.push(r.generated(now.toISOString().slice(0, 10)), '', `_${p.help}_`, '', `_${p.scoring}_`, '');
  if (ranked.length === 0) {
    out.push(p.none);
  } else {
    const rows = ranked.map((entry) => [
      p.rank(entry.rank),
      String(entry.score),
      `**${md(entry.touchpoint.title)}**`,
      md(stageNames.get(entry.touchpoint.stageId) ?? ''),
      reasonsOf(entry).map(md).join('<br>'),
      entry.openActions.length === 0 ? `_${p.noOpenAction}_` : entry.openActions.map((a) => md(actionText(a)) + (a.owner ? ` ${md(p.actionOwner(a.owner))}` : '')).join('<br>'),
    ]);
    out.push(table(p.reportHeaders, rows));
    const unranked = map.touchpoints.length - ranked.length;
    if (unranked > 0) out.push('', p.notRanked(unranked));
  }
  return `${out.join('\n').trimEnd()}\n`;
}

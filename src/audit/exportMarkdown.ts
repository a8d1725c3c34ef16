// The audit as a Markdown report for the workshop minutes: the counts, every finding with the
// touchpoints it names, each topic with its most favourable promise, its messages along the journey
// and its verdicts, then the metrics against their targets and the actions with owner and status.
// Loaded on demand by the UI.
import { t } from '../i18n/en';
import type { JourneyMap, Touchpoint } from '../model/schema';
import { auditMap } from './audit';
import { amountText, judgementText, promiseText, valueText, variantTexts } from './describe';
import { lowerIsBetter, offTarget } from './priorities';
import { FINDING_KINDS, messageKey, type Audit, type Finding, type MessageRef } from './types';

/** User text inside Markdown: characters that would format are escaped, lines are joined. */
export function md(text: string): string {
  return text.replace(/\r?\n|\r/g, ' ').replace(/([\\`*_[\]<>|#~])/g, '\\$1');
}

export const table = (headers: readonly string[], rows: readonly (readonly string[])[]) =>
  [`| ${headers.join(' | ')} |`, `|${headers.map(() => '---').join('|')}|`, ...rows.map((row) => `| ${row.join(' | ')} |`)].join('\n');

export function auditMarkdown(map: JourneyMap, audit: Audit = auditMap(map), now: Date = new Date()): string {
  const r = t.audit.report;
  const stageNames = new Map(map.stages.map((stage) => [stage.id, stage.name]));
  const byId = new Map(map.touchpoints.map((touchpoint) => [touchpoint.id, touchpoint]));
  const where = (id: string) => {
    const touchpoint = byId.get(id) as Touchpoint;
    return r.touchpointIn(md(touchpoint.title), md(stageNames.get(touchpoint.stageId) ?? ''));
  };
  const places = (refs: readonly MessageRef[]) => [...new Set(refs.map((ref) => ref.touchpointId))].map(where).join(', ');

  const out: string[] = [`# ${r.title(md(map.title))}`, ''];
  if (map.persona) out.push(r.persona(md(map.persona.name)), '');
  out.push(r.generated(now.toISOString().slice(0, 10)), '', `## ${r.summary}`, '');
  out.push(table(r.summaryHeaders, FINDING_KINDS.map((kind) => [t.audit.kinds[kind], String(audit.counts[kind])])), '');
  if (audit.readByMessage.size > 0) out.push(`_${r.fromTextLegend}_`, '');

  for (const kind of FINDING_KINDS) {
    const findings = audit.findings.filter((f) => f.kind === kind);
    out.push(`## ${t.audit.kinds[kind]} (${findings.length})`, '', `_${t.audit.kindHelp[kind]}_`, '');
    if (findings.length === 0) out.push(r.none, '');
    for (const finding of findings) out.push(...findingLines(finding, where, places), '');
  }

  out.push(`## ${r.topicsHeading}`, '');
  if (audit.topics.length === 0) out.push(t.audit.noTopics, '');
  for (const topic of audit.topics) {
    out.push(`### ${md(topic.topic)}`, '', t.audit.topicCounts(topic.messages.length, topic.experiences.length), '');
    // One line per topic: its most favourable promise (one per group of units that compare), or none.
    const favourable = topic.favourable.map((f) => `**${md(promiseText(f.promise))}** — ${t.audit.promisedAt}: ${places(f.promisedAt)}`);
    out.push(`${t.audit.mostFavourable}: ${favourable.length === 0 ? t.audit.noMeasurablePromise : favourable.join(r.favourableJoin)}`, '');
    if (topic.incomparableUnits) out.push(`_${t.audit.incomparable}_`, '');
    if (topic.messages.length > 0) {
      const rows = topic.messages.map((ref) => {
        const touchpoint = byId.get(ref.touchpointId) as Touchpoint;
        const expectation = touchpoint.expectations[ref.index];
        const read = expectation?.promise ? undefined : audit.readByMessage.get(messageKey(ref.touchpointId, ref.index));
        return [
          md(stageNames.get(touchpoint.stageId) ?? ''),
          md(touchpoint.title),
          md(expectation?.message ?? ''),
          expectation?.promise ? md(promiseText(expectation.promise)) : md((read ?? []).map(promiseText).join('; ')),
          expectation?.promise ? t.audit.promiseSource.typed : read ? t.audit.promiseSource.text : '',
        ];
      });
      out.push(table(r.messageHeaders, rows), '');
    }
    if (topic.experiences.length > 0) {
      out.push(`${r.experiencesHeading}:`, '');
      for (const result of topic.experiences) {
        const note = result.experience.note ? ` (${md(result.experience.note)})` : '';
        out.push(`- ${where(result.touchpointId)}: **${t.audit.verdicts[result.judgement.status]}** — ${md(judgementText(result.judgement))}${note}`);
      }
      out.push('');
    }
  }
  out.push(...metricLines(audit.order, stageNames), ...actionLines(audit.order, stageNames));
  return `${out.join('\n').replace(/\n{3,}/g, '\n\n').trimEnd()}\n`;
}

/** Every metric along the journey, with its target and how it stands against it. */
function metricLines(order: readonly Touchpoint[], stageNames: ReadonlyMap<string, string>): string[] {
  const r = t.audit.report;
  const rows: string[][] = [];
  for (const touchpoint of order) {
    for (const metric of touchpoint.metrics) {
      const amount = (value: number) => md(metric.unit ? amountText({ value, unit: metric.unit }) : valueText(value));
      const status =
        metric.target === undefined ? r.metricStatus.none : !offTarget(metric) ? r.metricStatus.met : lowerIsBetter(metric.key) ? r.metricStatus.above : r.metricStatus.below;
      rows.push([
        md(stageNames.get(touchpoint.stageId) ?? ''),
        md(touchpoint.title),
        md(t.metrics[metric.key] ?? metric.key),
        amount(metric.value),
        metric.target === undefined ? '' : amount(metric.target),
        status,
      ]);
    }
  }
  return [`## ${r.metricsHeading}`, '', rows.length === 0 ? r.noMetrics : table(r.metricHeaders, rows), ''];
}

/** Every action along the journey, with its owner, due date and status. */
function actionLines(order: readonly Touchpoint[], stageNames: ReadonlyMap<string, string>): string[] {
  const r = t.audit.report;
  const rows: string[][] = [];
  for (const touchpoint of order) {
    for (const action of touchpoint.actions) {
      rows.push([
        md(stageNames.get(touchpoint.stageId) ?? ''),
        md(touchpoint.title),
        md(action.text),
        md(action.owner ?? ''),
        action.due ?? '',
        t.actionStatuses[action.status],
      ]);
    }
  }
  return [`## ${r.actionsHeading}`, '', rows.length === 0 ? r.noActions : table(r.actionHeaders, rows), ''];
}

function findingLines(finding: Finding, where: (id: string) => string, places: (refs: readonly MessageRef[]) => string): string[] {
  switch (finding.kind) {
    case 'conflict': {
      const labels = variantTexts(finding.variants);
      return [
        `### ${md(finding.topic)}`,
        '',
        ...finding.variants.map((variant, i) => `- **${md(labels[i] as string)}** — ${t.audit.saidAt}: ${places(variant.messages)}`),
      ];
    }
    case 'broken-promise':
      return [
        `- ${t.audit.report.topicAt(`**${md(finding.topic)}**`, where(finding.experience.touchpointId))}: ${md(judgementText(finding.judgement))}. ` +
          `${t.audit.promisedAt}: ${places(finding.judgement.promisedAt)}.`,
      ];
    case 'silent':
      return [`- ${where(finding.touchpointIds[0] as string)}`];
    case 'uncovered-pain': {
      const pains = [
        ...finding.friction.map((f) => `${t.audit.highFriction}${f.note ? `: ${md(f.note)}` : ''}`),
        ...finding.trustBreaks.map((b) => `${t.audit.trustBreak(t.trustBreakKinds[b.kind])}${b.note ? `: ${md(b.note)}` : ''}`),
      ];
      return [`- **${where(finding.touchpointIds[0] as string)}** — ${pains.join('; ')}. ${t.audit.noAction}.`];
    }
  }
}

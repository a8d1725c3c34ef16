// The audit as CSV: a row per finding, grouped by kind in the order of the Markdown report —
// each message of a conflict, each experience judged against a promise (broken, met, exceeded),
// each silent touchpoint, each uncovered pain — then each message that takes part in none. Every
// row names its stage, touchpoint and channel, the topic, the message with its promise (typed, or
// read from the text: the "Promise source" column), what was experienced and the gap, a detail in
// words, and the touchpoint's actions and their owners. UTF-8 with a byte order mark and CRLF line
// ends, every cell quoted, so that Excel and other spreadsheets open Thai, Chinese and Persian text
// correctly. Loaded on demand by the UI.
import { t } from '../i18n/en';
import type { JourneyMap, Touchpoint } from '../model/schema';
import { auditMap } from './audit';
import { amountText, gapText, judgementText, promiseText, variantTexts } from './describe';
import { fold } from './fold';
import { messageKey, type Audit, type ExperienceResult, type Judged, type MessageRef } from './types';

/** A cell that would start a formula in a spreadsheet is prefixed with ' (unless it is a number). */
const FORMULA = /^[=+\-@\t\r]/;
const NUMBER = /^[+-]?\d+([.,]\d+)?$/;
/** Enough to read in a cell; a promise made at thousands of touchpoints is summed up. */
const LISTED = 10;

export function csvCell(value: string): string {
  const safe = FORMULA.test(value) && !NUMBER.test(value) ? `'${value}` : value;
  return `"${safe.replace(/"/g, '""')}"`;
}

export function toCsv(rows: readonly (readonly string[])[]): string {
  return `\uFEFF${rows.map((row) => row.map(csvCell).join(',')).join('\r\n')}\r\n`;
}

/** At most LISTED items, then "and N more". */
export function listed(items: readonly string[], join: string): string {
  const shown = items.slice(0, LISTED).join(join);
  return items.length > LISTED ? `${shown}${join}${t.audit.csv.more(items.length - LISTED)}` : shown;
}

type RowKind = keyof typeof t.audit.csv.rowKinds;
type Cells = { topic?: string; message?: string; promise?: string; source?: string; experienced?: string; gap?: string; detail?: string };

export function auditCsv(map: JourneyMap, audit: Audit = auditMap(map)): string {
  const c = t.audit.csv;
  const stageNames = new Map(map.stages.map((stage) => [stage.id, stage.name]));
  const byId = new Map(audit.order.map((touchpoint) => [touchpoint.id, touchpoint]));
  const topicNames = new Map(audit.topics.map((topic) => [topic.key, topic.topic]));
  const rows: string[][] = [[...c.headers]];
  /** Messages that have a row of their own or are named by one. */
  const named = new Set<string>();

  const actionCells = (touchpoint: Touchpoint): [string, string] => [
    touchpoint.actions.map((a) => c.action(a.text, t.actionStatuses[a.status], a.due ?? '')).join(c.listJoin),
    [...new Set(touchpoint.actions.flatMap((a) => (a.owner ? [a.owner] : [])))].join(', '),
  ];
  const row = (touchpoint: Touchpoint, kind: RowKind, cells: Cells) => {
    rows.push([
      stageNames.get(touchpoint.stageId) ?? '', touchpoint.title, t.channels[touchpoint.channel], c.rowKinds[kind],
      cells.topic ?? '', cells.message ?? '', cells.promise ?? '', cells.source ?? '', cells.experienced ?? '', cells.gap ?? '', cells.detail ?? '',
      ...actionCells(touchpoint),
    ]);
  };
  /** A message's own promise: typed, or those read from its text. */
  const promiseCells = (touchpoint: Touchpoint, index: number): Pick<Cells, 'promise' | 'source'> => {
    const expectation = touchpoint.expectations[index];
    if (expectation?.promise) return { promise: promiseText(expectation.promise), source: t.audit.promiseSource.typed };
    const read = audit.readByMessage.get(messageKey(touchpoint.id, index));
    return read ? { promise: read.map(promiseText).join(c.listJoin), source: t.audit.promiseSource.text } : {};
  };
  const messageRow = (ref: MessageRef, kind: RowKind, cells: Cells) => {
    const touchpoint = byId.get(ref.touchpointId) as Touchpoint;
    named.add(messageKey(ref.touchpointId, ref.index));
    row(touchpoint, kind, { message: touchpoint.expectations[ref.index]?.message ?? '', ...promiseCells(touchpoint, ref.index), ...cells });
  };
  // The messages making one promise are shared by every experience judged against it: describe each list once.
  const promisers = new Map<readonly MessageRef[], { messages: string; places: string }>();
  const promisedBy = (refs: readonly MessageRef[]) => {
    let described = promisers.get(refs);
    if (!described) {
      const texts = new Set<string>();
      const places = new Set<string>();
      for (const ref of refs) {
        named.add(messageKey(ref.touchpointId, ref.index));
        const touchpoint = byId.get(ref.touchpointId) as Touchpoint;
        texts.add(touchpoint.expectations[ref.index]?.message ?? '');
        places.add(touchpoint.title);
      }
      described = { messages: listed([...texts], c.listJoin), places: listed([...places], ', ') };
      promisers.set(refs, described);
    }
    return described;
  };

  const rank = (id: string) => audit.rank.get(id) ?? 0;
  for (const finding of audit.findings) {
    if (finding.kind !== 'conflict') continue;
    const detail = variantTexts(finding.variants).join(t.audit.csv.versionsJoin);
    // Each message once (one read as two promises may be in two versions), in journey order.
    const refs = new Map<string, MessageRef>();
    for (const variant of finding.variants) for (const ref of variant.messages) refs.set(messageKey(ref.touchpointId, ref.index), ref);
    const ordered = [...refs.values()].sort((a, b) => rank(a.touchpointId) - rank(b.touchpointId) || a.index - b.index);
    for (const ref of ordered) messageRow(ref, 'conflict', { topic: finding.topic, detail });
  }

  // Every experience judged against a promise, in journey order: broken, then met, then exceeded.
  const judged: Array<ExperienceResult & { judgement: Judged; topic: string }> = [];
  for (const topic of audit.topics) {
    for (const result of topic.experiences) {
      const { judgement } = result;
      if (judgement.status === 'broken' || judgement.status === 'met' || judgement.status === 'exceeded') judged.push({ ...result, judgement, topic: topic.topic });
    }
  }
  judged.sort((a, b) => rank(a.touchpointId) - rank(b.touchpointId) || a.index - b.index);
  for (const status of ['broken', 'met', 'exceeded'] as const) {
    for (const result of judged) {
      const { judgement } = result;
      if (judgement.status !== status) continue;
      const by = promisedBy(judgement.promisedAt);
      const note = result.experience.note ? [result.experience.note] : [];
      row(byId.get(result.touchpointId) as Touchpoint, status, {
        topic: result.topic,
        message: by.messages,
        promise: promiseText(judgement.promise),
        source: judgement.promise.fromText ? t.audit.promiseSource.text : t.audit.promiseSource.typed,
        experienced: amountText(judgement.actual),
        gap: status === 'met' ? '' : gapText(judgement.gap),
        detail: [judgementText(judgement), c.promisedAt(by.places), ...note].join(c.listJoin),
      });
    }
  }

  for (const finding of audit.findings) {
    if (finding.kind === 'silent') row(byId.get(finding.touchpointIds[0] as string) as Touchpoint, 'silent', {});
  }
  for (const finding of audit.findings) {
    if (finding.kind !== 'uncovered-pain') continue;
    const pains = [
      ...finding.friction.map((f) => `${t.audit.highFriction}${f.note ? `: ${f.note}` : ''}`),
      ...finding.trustBreaks.map((b) => `${t.audit.trustBreak(t.trustBreakKinds[b.kind])}${b.note ? `: ${b.note}` : ''}`),
    ];
    row(byId.get(finding.touchpointIds[0] as string) as Touchpoint, 'uncovered-pain', { detail: [...pains, t.audit.noAction].join(c.listJoin) });
  }

  // The messages no row above names, so that the export still holds every message and its promise.
  for (const touchpoint of audit.order) {
    touchpoint.expectations.forEach((expectation, index) => {
      if (named.has(messageKey(touchpoint.id, index))) return;
      messageRow({ touchpointId: touchpoint.id, index }, 'none', { topic: topicNames.get(fold(expectation.topic)) ?? expectation.topic });
    });
  }
  return toCsv(rows);
}

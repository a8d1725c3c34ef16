// The audit as CSV: one row per expectation message, in journey order, with its promise (typed, or
// read from the text, said in the "Promise source" column) and the findings it takes part in. UTF-8 with a byte order mark and CRLF line ends, every cell quoted, so that Excel and
// other spreadsheets open Thai, Chinese and Persian text correctly. Loaded on demand by the UI.
import { t } from '../i18n/en';
import type { JourneyMap } from '../model/schema';
import { auditMap } from './audit';
import { judgementText, promiseText, variantTexts } from './describe';
import { messageKey, type Audit } from './types';

/** A cell that would start a formula in a spreadsheet is prefixed with ' (unless it is a number). */
const FORMULA = /^[=+\-@\t\r]/;
const NUMBER = /^[+-]?\d+([.,]\d+)?$/;
/** Enough to read in a cell; a promise broken thousands of times is summed up. */
const LISTED_BROKEN = 10;

export function csvCell(value: string): string {
  const safe = FORMULA.test(value) && !NUMBER.test(value) ? `'${value}` : value;
  return `"${safe.replace(/"/g, '""')}"`;
}

export function toCsv(rows: readonly (readonly string[])[]): string {
  return `\uFEFF${rows.map((row) => row.map(csvCell).join(',')).join('\r\n')}\r\n`;
}

export function auditCsv(map: JourneyMap, audit: Audit = auditMap(map)): string {
  const stageNames = new Map(map.stages.map((stage) => [stage.id, stage.name]));
  const titles = new Map(map.touchpoints.map((touchpoint) => [touchpoint.id, touchpoint.title]));
  const rows: string[][] = [[...t.audit.csv.headers]];
  for (const touchpoint of audit.order) {
    touchpoint.expectations.forEach((expectation, index) => {
      const key = messageKey(touchpoint.id, index);
      const findings: string[] = [];
      const conflict = audit.conflictByMessage.get(key);
      if (conflict) findings.push(t.audit.csv.conflict(variantTexts(conflict.variants).join(t.audit.csv.versionsJoin)));
      const broken = audit.brokenByMessage.get(key) ?? [];
      for (const finding of broken.slice(0, LISTED_BROKEN)) {
        findings.push(t.audit.csv.broken(titles.get(finding.experience.touchpointId) ?? '', judgementText(finding.judgement)));
      }
      if (broken.length > LISTED_BROKEN) findings.push(t.audit.csv.moreBroken(broken.length - LISTED_BROKEN));
      const read = expectation.promise ? undefined : audit.readByMessage.get(key);
      rows.push([
        stageNames.get(touchpoint.stageId) ?? '',
        touchpoint.title,
        t.channels[touchpoint.channel],
        expectation.topic,
        expectation.message,
        expectation.promise ? promiseText(expectation.promise) : (read ?? []).map(promiseText).join('; '),
        expectation.promise ? t.audit.promiseSource.typed : read ? t.audit.promiseSource.text : '',
        findings.join('; '),
      ]);
    });
  }
  return toCsv(rows);
}

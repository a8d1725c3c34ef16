// Every import error kind as sentences for the user; the switch is exhaustive on purpose.
import { t } from '../../i18n/en';
import type { ImportError } from '../../io/importDocument';
import { quoteValue } from '../../io/quote';
import type { Problem, ReferenceReason } from '../../model/references';

function describeReason(reason: ReferenceReason): string {
  switch (reason.kind) {
    case 'duplicate-id': return t.importErrors.duplicateId(reason.list, reason.id);
    case 'unknown-stage': return t.importErrors.unknownStage(reason.id);
    case 'unknown-touchpoint': return t.importErrors.unknownTouchpoint(reason.id);
    case 'self-connection': return t.importErrors.selfConnection;
  }
}

/** "where: what", e.g. `maps[0].touchpoints[3].stageId: expected the id of a stage…`. */
export function describeProblem(problem: Problem): string {
  const what = 'reason' in problem ? describeReason(problem.reason) : problem.message;
  return `${problem.path || t.importErrors.wholeDocument}: ${what}`;
}

export function describeImportError(error: ImportError): string[] {
  switch (error.kind) {
    case 'too-large':
      return [t.importErrors.tooLarge(error.bytes, error.limit)];
    case 'empty':
      return [t.importErrors.empty];
    case 'not-json':
      return [t.importErrors.notJson(error.detail)];
    case 'not-waymark':
      return [t.importErrors.notWaymark(error.detail)];
    case 'newer-version':
      return [t.importErrors.newerVersion(error.version, error.supported)];
    case 'unsupported-version':
      return [t.importErrors.unsupportedVersion(quoteValue(error.version) ?? 'missing')];
    case 'invalid':
      return [
        ...error.problems.map(describeProblem),
        ...(error.more > 0 ? [t.importErrors.more(error.more)] : []),
      ];
  }
}

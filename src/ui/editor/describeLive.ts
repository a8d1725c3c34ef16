// The catalog's sentence for each thing the collaboration server or a join link can say.
import { t } from '../../i18n/en';
import type { ImportError } from '../../io/importDocument';
import type { LinkProblem } from '../../sync/liveLink';
import { describeImportError } from '../common/describeImportError';

/** A refusal reason from the server (server/reasons.mjs) as a clause of a sentence. */
export function describeRefusal(reason: string): string {
  switch (reason) {
    case 'wrong-room-key': return t.liveShare.reasons.wrongRoomKey;
    case 'missing-room-key': return t.liveShare.reasons.missingRoomKey;
    case 'invalid-room-key': return t.liveShare.reasons.invalidRoomKey;
    case 'invalid-document-name': return t.liveShare.reasons.invalidDocumentName;
    case 'too-many-connections': return t.liveShare.reasons.tooManyConnections;
    case 'document-too-large': return t.liveShare.reasons.documentTooLarge;
    default: return t.liveShare.reasons.other(reason);
  }
}

export function describeLinkProblem(problem: LinkProblem): string {
  const p = t.liveShare.join.problems;
  switch (problem) {
    case 'no-server': return p.noServer;
    case 'bad-server': return p.badServer;
    case 'no-map': return p.noMap;
    case 'bad-map': return p.badMap;
    case 'no-key': return p.noKey;
    case 'bad-key': return p.badKey;
  }
}

/** A validation failure in one short line (the first problem), for a status message. */
export function firstProblem(error: ImportError): string {
  return describeImportError(error)[0] ?? error.kind;
}

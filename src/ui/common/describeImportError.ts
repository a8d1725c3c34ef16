// Every import error kind as sentences for the user; the switch is exhaustive on purpose.
import { t } from '../../i18n/en';
import type { ImportError } from '../../io/importDocument';
import { quoteValue } from '../../io/quote';

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
        ...error.problems.map((p) => `${p.path}: ${p.message}`),
        ...(error.more > 0 ? [t.importErrors.more(error.more)] : []),
      ];
  }
}

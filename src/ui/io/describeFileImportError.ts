// Every file import error as sentences; document errors go through describeImportError.
import { t } from '../../i18n/en';
import type { FileImportError } from '../../io/importFile';
import { describeImportError } from '../common/describeImportError';

export function describeFileImportError(error: FileImportError): string[] {
  switch (error.kind) {
    case 'png-without-map':
      return [t.io.fileErrors.pngWithoutMap];
    case 'png-damaged':
      return [t.io.fileErrors.pngDamaged(error.detail)];
    case 'unsupported-file':
      return [t.io.fileErrors.unsupported(error.detail)];
    case 'unreadable':
      return [t.io.fileErrors.unreadable(error.detail)];
    default:
      return describeImportError(error);
  }
}

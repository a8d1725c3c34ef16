// One import, start to end: read and validate every source, then add the maps of the valid ones
// in one transaction. A source that fails adds nothing; a storage failure adds nothing at all.
import { t } from '../../i18n/en';
import { parseDocumentText } from '../../io/importDocument';
import { readImportFile, type ImportableFile } from '../../io/importFile';
import { addImportedMaps, type ImportedMap } from '../../io/importMaps';
import type { Repository } from '../../persistence/repository';
import { errorDetail } from '../library/libraryText';
import { describeFileImportError } from './describeFileImportError';

export type ImportSource = { kind: 'file'; name: string; file: ImportableFile } | { kind: 'text'; name: string; text: string };

export type ImportFailure = { name: string; messages: string[] };
export type ImportOutcome = { imported: ImportedMap[]; failures: ImportFailure[] };

export async function runImport(repository: Pick<Repository, 'existingIds' | 'insertMaps'>, sources: readonly ImportSource[]): Promise<ImportOutcome> {
  const failures: ImportFailure[] = [];
  const documents: { name: string; maps: ImportedMap['map'][] }[] = [];
  for (const source of sources) {
    const result = source.kind === 'file' ? await readImportFile(source.file) : parseDocumentText(source.text);
    if (result.ok && result.value.maps.length === 0) failures.push({ name: source.name, messages: [t.io.dialog.noMaps] });
    else if (result.ok) documents.push({ name: source.name, maps: result.value.maps });
    else failures.push({ name: source.name, messages: describeFileImportError(result.error) });
  }
  const maps = documents.flatMap((document) => document.maps);
  try {
    return { imported: await addImportedMaps(repository, maps), failures };
  } catch (error) {
    const message = t.io.dialog.storageFailed(errorDetail(error));
    return { imported: [], failures: [...failures, ...documents.map((document) => ({ name: document.name, messages: [message] }))] };
  }
}

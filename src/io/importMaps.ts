// Adding imported maps to the workspace. Import only adds: a map whose id is already taken (or
// taken by an earlier map of the same import) gets a fresh id; nothing is ever overwritten.
import { t } from '../i18n/en';
import { freeId } from '../model/ids';
import { decoratedTitle } from '../model/maps';
import type { JourneyMap } from '../model/schema';
import { formatDate } from '../i18n/format';

export type ImportedMap = { map: JourneyMap; originalId: string };

/**
 * The maps with ids that clash with none of `taken` nor with each other. A map whose id was taken
 * is a second copy of one already here: `retitle` gives it a title that tells the two apart.
 * Pure; `taken` is not changed.
 */
export function withFreeIds(maps: readonly JourneyMap[], taken: ReadonlySet<string>, retitle: (title: string) => string = (title) => title): ImportedMap[] {
  const used = new Set(taken);
  return maps.map((map) => {
    const id = freeId(map.id, used);
    used.add(id);
    return { map: id === map.id ? map : { ...map, id, title: decoratedTitle(map.title, retitle) }, originalId: map.id };
  });
}


/** Where imported maps go: the repository (src/persistence), named here so io needs nothing of it. */
export type MapSink = {
  existingIds: () => Promise<ReadonlySet<string>>;
  insertMaps: (maps: readonly JourneyMap[]) => Promise<void>;
};

/** Inserts every map in one transaction: all of them are added, or (on any failure) none. */
export async function addImportedMaps(repository: MapSink, maps: readonly JourneyMap[]): Promise<ImportedMap[]> {
  if (maps.length === 0) return [];
  const date = formatDate(new Date(), { day: 'numeric', month: 'short' });
  const imported = withFreeIds(maps, await repository.existingIds(), (title) => t.io.importedCopy(title, date));
  await repository.insertMaps(imported.map((entry) => entry.map));
  return imported;
}

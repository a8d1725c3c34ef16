// The home screen: every map in this browser, newest edit first, and the ways to start a new one.
// The list is a live query, so it follows every change (here, in the editor, in another tab).
// Every failure of the repository is shown in a role="alert" message; nothing is swallowed.
import { useCallback, useEffect, useId, useRef, useState } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import { Plus, Route, X } from 'lucide-react';
import { t } from '../../i18n/en';
import { LanguagePicker } from '../common/LanguagePicker';
import { instantiateTemplate, listTemplates, type Template } from '../../io/templates';
import { createMap, duplicateMap, type MapSummary } from '../../model/maps';
import type { Repository } from '../../persistence/repository';
import { LibraryIoActions } from '../io/LibraryIoActions';
import { useLibraryExport } from '../io/useLibraryExport';
import { describeProblem } from '../common/describeImportError';
import { ConfirmDeleteDialog } from './ConfirmDeleteDialog';
import { CreateMenu } from './CreateMenu';
import { copyTitle, errorDetail, loadFailureDetail, matchesSearch } from './libraryText';
import { MapCard } from './MapCard';
import { StorageInfo } from './StorageInfo';
import { TemplateCard } from './TemplateCard';
import { useNow } from './useNow';
import './library.css';

type Props = { repository: Repository; onOpen: (mapId: string) => void };

type Listing = { ok: true; maps: MapSummary[] } | { ok: false; detail: string };
type Message = { id: number; text: string };
type PendingDelete = { map: MapSummary; trigger: HTMLButtonElement | null };
/** Where the focus goes once the list has caught up with a deletion. */
type FocusAfterDelete = { deletedId: string; index: number };

const STATUS_MS = 6000;

function readTemplates(): { templates: Template[]; problem: string | null } {
  try {
    return { templates: listTemplates(), problem: null };
  } catch (error) {
    return { templates: [], problem: t.library.errors.templates(errorDetail(error)) };
  }
}

export function MapsLibrary({ repository, onOpen }: Props) {
  // Maps stored by the previous release are converted first; then the list is a live query.
  const [converted, setConverted] = useState(false);
  const listing = useLiveQuery(async (): Promise<Listing | undefined> => {
    if (!converted) return undefined;
    try {
      return { ok: true, maps: await repository.readSummaries() };
    } catch (error) {
      return { ok: false, detail: errorDetail(error) };
    }
  }, [repository, converted]);

  const [{ templates, problem: templatesProblem }] = useState(readTemplates);
  const [errors, setErrors] = useState<Message[]>(() => (templatesProblem ? [{ id: 0, text: templatesProblem }] : []));
  const [status, setStatus] = useState('');
  const [query, setQuery] = useState('');
  const [creating, setCreating] = useState(false);
  const [duplicating, setDuplicating] = useState<string | null>(null);
  const [pendingDelete, setPendingDelete] = useState<PendingDelete | null>(null);
  const [deleting, setDeleting] = useState(false);
  const nextMessageId = useRef(1);
  const newButtonRef = useRef<HTMLButtonElement>(null);
  const listRef = useRef<HTMLUListElement>(null);
  const [focusAfterDelete, setFocusAfterDelete] = useState<FocusAfterDelete | null>(null);
  const headingId = useId();
  const now = useNow();

  const report = useCallback((text: string) => {
    setErrors((current) => [...current.filter((message) => message.text !== text), { id: nextMessageId.current++, text }]);
  }, []);

  useEffect(() => {
    if (!status) return;
    const timer = window.setTimeout(() => setStatus(''), STATUS_MS);
    return () => window.clearTimeout(timer);
  }, [status]);

  const maps = listing?.ok ? listing.maps : null;

  // Maps stored by the previous release that could not be converted: said once, kept untouched.
  useEffect(() => {
    let current = true;
    repository.ready().then(
      (upgrade) => {
        if (!current) return;
        setConverted(true);
        for (const failure of upgrade.failures) {
          const detail = 'problems' in failure ? failure.problems.map(describeProblem).join(t.common.separator) : failure.error;
          report(t.storage.upgradeFailed(failure.title, detail));
        }
      },
      (error: unknown) => {
        if (!current) return;
        setConverted(true);
        report(t.library.errors.list(errorDetail(error)));
      },
    );
    return () => {
      current = false;
    };
  }, [repository, report]);
  const io = useLibraryExport(repository, { onStatus: setStatus, onError: report });

  // After a deletion, put the focus on the card that took the deleted one's place (or on "New map").
  // (The list and the end of the deletion arrive in either order, so this waits for both.)
  useEffect(() => {
    if (!focusAfterDelete || !maps || maps.some((map) => map.id === focusAfterDelete.deletedId)) return;
    setFocusAfterDelete(null);
    const openButtons = listRef.current?.querySelectorAll<HTMLButtonElement>('.lib-card-open');
    const target = openButtons?.length ? openButtons[Math.min(focusAfterDelete.index, openButtons.length - 1)] : newButtonRef.current;
    target?.focus();
  }, [maps, focusAfterDelete]);

  const createBlank = async () => {
    if (creating) return;
    setCreating(true);
    const map = createMap(t.common.untitled, new Date().toISOString());
    try {
      await repository.insertMaps([map]);
    } catch (error) {
      report(t.library.errors.create(errorDetail(error)));
      setCreating(false);
      return;
    }
    setCreating(false);
    onOpen(map.id);
  };

  const createFromTemplate = async (template: Template) => {
    if (creating) return;
    setCreating(true);
    try {
      const map = await instantiateTemplate(template, new Date().toISOString());
      await repository.insertMaps([map]);
      setCreating(false);
      onOpen(map.id);
    } catch (error) {
      report(t.library.errors.template(template.map.title, errorDetail(error)));
      setCreating(false);
    }
  };

  const rename = async (map: MapSummary, title: string): Promise<boolean> => {
    try {
      await repository.renameMap(map.id, title, new Date().toISOString());
      setStatus(t.library.renamed(title));
      return true;
    } catch (error) {
      report(t.library.errors.rename(map.title, errorDetail(error)));
      return false;
    }
  };

  const duplicate = async (map: MapSummary) => {
    if (duplicating) return;
    setDuplicating(map.id);
    try {
      const loaded = await repository.loadMap(map.id);
      if (!loaded.ok) {
        report(t.library.errors.duplicate(map.title, loadFailureDetail(loaded)));
        return;
      }
      const copy = duplicateMap(loaded.value, copyTitle(loaded.value.title), new Date().toISOString());
      await repository.insertMaps([copy]);
      setStatus(t.library.duplicated(copy.title));
    } catch (error) {
      report(t.library.errors.duplicate(map.title, errorDetail(error)));
    } finally {
      setDuplicating(null);
    }
  };

  const cancelDelete = () => {
    const trigger = pendingDelete?.trigger;
    setPendingDelete(null);
    if (trigger?.isConnected) requestAnimationFrame(() => trigger.focus());
  };

  const confirmDelete = async () => {
    if (!pendingDelete || deleting) return;
    const { map, trigger } = pendingDelete;
    setDeleting(true);
    try {
      await repository.deleteMap(map.id);
      const index = maps?.findIndex((candidate) => candidate.id === map.id) ?? 0;
      setFocusAfterDelete({ deletedId: map.id, index: Math.max(0, index) });
      setStatus(t.library.deleted(map.title));
    } catch (error) {
      report(t.library.errors.delete(map.title, errorDetail(error)));
      if (trigger?.isConnected) requestAnimationFrame(() => trigger.focus());
    } finally {
      setDeleting(false);
      setPendingDelete(null);
    }
  };

  return (
    <div className="lib-root">
      <header className="lib-header">
        <div className="lib-brand">
          <span className="lib-logo" aria-hidden="true">
            <Route size={22} />
          </span>
          <div>
            <h1 className="lib-product">{t.app.name}</h1>
            <p className="lib-tagline">{t.app.tagline}</p>
          </div>
          <LibraryIoActions mapCount={maps?.length ?? 0} exporting={io.busy} onExportAll={() => void io.exportAll()} />
          <LanguagePicker />
        </div>
      </header>

      <main className="lib-content">
        {listing === undefined ? (
          <p className="lib-loading" role="status">
            {t.library.loading}
          </p>
        ) : !listing.ok ? (
          <p className="lib-alert lib-alert-inline" role="alert">
            {t.library.errors.list(listing.detail)}
          </p>
        ) : listing.maps.length === 0 ? (
          <section className="lib-empty" aria-labelledby={headingId}>
            <h2 id={headingId} className="lib-empty-title">
              {t.library.emptyTitle}
            </h2>
            <p className="lib-empty-body">{t.library.emptyBody}</p>
            <button
              ref={newButtonRef}
              type="button"
              className="lib-button lib-button-primary lib-button-large"
              aria-disabled={creating || undefined}
              onClick={() => void createBlank()}
            >
              <Plus size={20} aria-hidden="true" />
              {t.library.newMap}
            </button>
            {templates.length > 0 ? (
              <>
                <h3 className="lib-empty-or">{t.library.emptyOr}</h3>
                <ul className="lib-template-grid" aria-label={t.library.templatesLabel}>
                  {templates.map((template) => (
                    <li key={`${template.key}:${template.map.id}`}>
                      <TemplateCard template={template} busy={creating} variant="card" onPick={(picked) => void createFromTemplate(picked)} />
                    </li>
                  ))}
                </ul>
              </>
            ) : null}
          </section>
        ) : (
          <section className="lib-maps" aria-labelledby={headingId}>
            <div className="lib-toolbar">
              <div className="lib-toolbar-heading">
                <h2 id={headingId} className="lib-heading">
                  {t.library.heading}
                </h2>
                <span className="lib-count">{t.library.mapCount(listing.maps.length)}</span>
              </div>
              <input
                type="search"
                className="lib-search"
                aria-label={t.library.search}
                placeholder={t.library.searchPlaceholder}
                value={query}
                dir="auto"
                onChange={(event) => setQuery(event.target.value)}
              />
              <CreateMenu
                templates={templates}
                busy={creating}
                newButtonRef={newButtonRef}
                onNew={() => void createBlank()}
                onPick={(template) => void createFromTemplate(template)}
              />
            </div>
            {query.trim() && !listing.maps.some((map) => matchesSearch(map, query)) && (
              <p className="lib-no-match" role="status">
                {t.library.noMatch(query.trim())}
              </p>
            )}
            <ul ref={listRef} className="lib-grid" aria-label={t.library.listLabel}>
              {listing.maps.filter((map) => matchesSearch(map, query)).map((map) => (
                <li key={map.id} className="lib-grid-item" data-map-id={map.id}>
                  <MapCard
                    map={map}
                    now={now}
                    busy={duplicating !== null}
                    onOpen={onOpen}
                    onRename={rename}
                    onDuplicate={(target) => void duplicate(target)}
                    onExport={(target) => void io.exportOne(target)}
                    onDelete={(target, trigger) => setPendingDelete({ map: target, trigger })}
                  />
                </li>
              ))}
            </ul>
          </section>
        )}
        <StorageInfo version={listing} />
      </main>

      <div className="lib-toasts">
        {errors.map((message) => (
          <div key={message.id} className="lib-alert" role="alert">
            <span className="lib-alert-text" dir="auto">
              {message.text}
            </span>
            <button
              type="button"
              className="lib-icon-button"
              aria-label={t.library.dismiss}
              title={t.library.dismiss}
              onClick={() => setErrors((current) => current.filter((other) => other.id !== message.id))}
            >
              <X size={16} aria-hidden="true" />
            </button>
          </div>
        ))}
        <div className="lib-status" role="status" data-empty={status === '' || undefined}>
          {status ? <span dir="auto">{status}</span> : null}
        </div>
      </div>

      {pendingDelete ? (
        <ConfirmDeleteDialog map={pendingDelete.map} busy={deleting} onCancel={cancelDelete} onConfirm={() => void confirmDelete()} />
      ) : null}
    </div>
  );
}

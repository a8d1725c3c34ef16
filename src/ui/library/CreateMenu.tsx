// "New map" and "From template", at the top of a library that already has maps.
// "From template" is a disclosure: it shows the templates under the button; Escape, a click
// elsewhere or moving the focus away closes it.
import { useEffect, useId, useRef, useState, type Ref } from 'react';
import { ChevronDown, LayoutTemplate, Plus } from 'lucide-react';
import { t } from '../../i18n/en';
import type { Template } from '../../io/templates';
import { TemplateCard } from './TemplateCard';

type Props = {
  templates: readonly Template[];
  busy: boolean;
  onNew: () => void;
  onPick: (template: Template) => void;
  newButtonRef: Ref<HTMLButtonElement>;
};

export function CreateMenu({ templates, busy, onNew, onPick, newButtonRef }: Props) {
  const [open, setOpen] = useState(false);
  const wrapperRef = useRef<HTMLDivElement>(null);
  const toggleRef = useRef<HTMLButtonElement>(null);
  const panelId = useId();

  useEffect(() => {
    if (!open) return;
    wrapperRef.current?.querySelector<HTMLButtonElement>('.lib-template-item')?.focus();
    const onPointerDown = (event: PointerEvent) => {
      if (!wrapperRef.current?.contains(event.target as Node)) setOpen(false);
    };
    document.addEventListener('pointerdown', onPointerDown);
    return () => document.removeEventListener('pointerdown', onPointerDown);
  }, [open]);

  return (
    <div className="lib-create">
      <button ref={newButtonRef} type="button" className="lib-button lib-button-primary" aria-disabled={busy || undefined} onClick={() => !busy && onNew()}>
        <Plus size={16} aria-hidden="true" />
        {t.library.newMap}
      </button>
      <div
        ref={wrapperRef}
        className="lib-menu"
        onKeyDown={(event) => {
          if (event.key === 'Escape' && open) {
            event.stopPropagation();
            setOpen(false);
            toggleRef.current?.focus();
          }
        }}
        onBlur={(event) => {
          if (open && !event.currentTarget.contains(event.relatedTarget as Node | null) && event.relatedTarget) setOpen(false);
        }}
      >
        <button
          ref={toggleRef}
          type="button"
          className="lib-button"
          aria-expanded={open}
          aria-controls={panelId}
          onClick={() => setOpen((value) => !value)}
        >
          <LayoutTemplate size={16} aria-hidden="true" />
          {t.library.fromTemplate}
          <ChevronDown size={14} aria-hidden="true" className="lib-chevron" />
        </button>
        <div id={panelId} className="lib-menu-panel" role="group" aria-label={t.library.templatesLabel} hidden={!open}>
          {open ? (
            <ul className="lib-menu-list">
              {templates.map((template) => (
                <li key={`${template.key}:${template.map.id}`}>
                  <TemplateCard
                    template={template}
                    busy={busy}
                    variant="item"
                    onPick={(picked) => {
                      toggleRef.current?.focus(); // the item is about to disappear
                      setOpen(false);
                      onPick(picked);
                    }}
                  />
                </li>
              ))}
            </ul>
          ) : null}
        </div>
      </div>
    </div>
  );
}

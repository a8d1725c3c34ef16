// A template as a button: named after the template map's title, described by its one-line summary.
import { useId } from 'react';
import { LayoutTemplate } from 'lucide-react';
import { t } from '../../i18n/en';
import type { Template } from '../../io/templates';

type Props = {
  template: Template;
  busy: boolean;
  onPick: (template: Template) => void;
  /** "card" in the empty state's grid, "item" in the "From template" menu. */
  variant: 'card' | 'item';
};

export function TemplateCard({ template, busy, onPick, variant }: Props) {
  const titleId = useId();
  const descriptionId = useId();
  const metaId = useId();
  const { map } = template;
  const description = map.description?.split('\n')[0]?.trim() ?? '';
  return (
    <button
      type="button"
      className={variant === 'card' ? 'lib-template-card' : 'lib-template-item'}
      aria-labelledby={titleId}
      aria-describedby={description ? `${descriptionId} ${metaId}` : metaId}
      aria-disabled={busy || undefined}
      data-template={template.key}
      onClick={() => !busy && onPick(template)}
    >
      <span className="lib-template-icon" aria-hidden="true">
        <LayoutTemplate size={variant === 'card' ? 20 : 16} />
      </span>
      <span className="lib-template-text">
        <span id={titleId} className="lib-template-title" dir="auto">
          {map.title}
        </span>
        {description ? (
          <span id={descriptionId} className="lib-template-description" dir="auto" title={description}>
            {description}
          </span>
        ) : null}
        <span id={metaId} className="lib-template-meta">
          {t.library.counts(map.stages.length, map.touchpoints.length)}
        </span>
      </span>
    </button>
  );
}

// A touchpoint named in the audit: a button that selects it and centres the canvas on it.
import { memo } from 'react';
import { CHANNEL_ICONS } from '../../canvas/channelIcons';
import { t } from '../../i18n/en';
import { useAuditView } from './context';
import { useLocale } from '../../i18n/locale';

export const TouchpointChip = memo(function TouchpointChip({ id, withStage = false }: { id: string; withStage?: boolean }) {
  useLocale(); // re-render in a newly chosen language: memo would keep the old text
  const { touchpoint: find, stage, focus } = useAuditView();
  const touchpoint = find(id);
  if (!touchpoint) return null;
  const Icon = CHANNEL_ICONS[touchpoint.channel];
  const stageName = withStage ? stage(touchpoint)?.name : undefined;
  return (
    <button type="button" className="audit-chip" title={t.audit.select(touchpoint.title)} onClick={() => focus([id])}>
      <Icon size={13} aria-hidden />
      <span className="audit-chip-title" dir="auto">{touchpoint.title}</span>
      {stageName ? <span className="audit-chip-stage" dir="auto">{stageName}</span> : null}
    </button>
  );
});

export function TouchpointChips({ ids, withStage }: { ids: readonly string[]; withStage?: boolean }) {
  return (
    <span className="audit-chips">
      {ids.map((id) => (
        <TouchpointChip key={id} id={id} withStage={withStage} />
      ))}
    </span>
  );
}

/** The distinct touchpoints of some message references, in the order given. */
export function touchpointsOf(refs: readonly { touchpointId: string }[]): string[] {
  return [...new Set(refs.map((ref) => ref.touchpointId))];
}

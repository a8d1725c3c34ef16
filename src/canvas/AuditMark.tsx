// The mark on a touchpoint that audit findings are about: one icon per kind, named for screen
// readers and on hover, so it never rests on colour alone.
import { t } from '../i18n/en';
import type { FindingKind } from '../audit';
import { KIND_ICONS } from './findingIcons';

export function AuditMark({ kinds }: { kinds: readonly FindingKind[] }) {
  const label = t.audit.markLabel(kinds.map((kind) => t.audit.kind[kind]).join(', '));
  return (
    <span className="tp-audit" role="img" aria-label={label} title={label} data-testid="audit-mark">
      {kinds.map((kind) => {
        const Icon = KIND_ICONS[kind];
        return <Icon key={kind} size={13} aria-hidden />;
      })}
    </span>
  );
}

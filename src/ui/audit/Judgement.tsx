// A verdict in words ("promised 3 days, experienced 7 days: broken by 4 days") with an icon and a
// label, so that the verdict reads without its colour.
import { judgementParts, type Judgement } from '../../audit';
import { t } from '../../i18n/en';
import { fill, User } from './fill';
import { VERDICT_ICONS } from '../../canvas/findingIcons';

export function JudgementWords({ judgement }: { judgement: Judgement }) {
  const words = t.audit.judgement;
  const parts = judgementParts(judgement);
  if (!parts) return <>{words.noActual}</>;
  const promised = <User>{parts.promised}</User>;
  const actual = <User>{parts.actual}</User>;
  const gap = <User>{parts.gap}</User>;
  switch (judgement.status) {
    case 'broken':
      return <>{fill(words.broken, promised, actual, gap)}</>;
    case 'met':
      return <>{fill(words.met, promised, actual)}</>;
    case 'exceeded':
      return <>{fill(words.exceeded, promised, actual, gap)}</>;
    case 'no-promise':
      return <>{fill(words.noPromise, actual)}</>;
    default:
      return <>{fill(words.notComparable, actual)}</>;
  }
}

export function Verdict({ status }: { status: Judgement['status'] }) {
  const Icon = VERDICT_ICONS[status];
  return (
    <span className={`audit-verdict is-${status}`}>
      <Icon size={13} aria-hidden />
      {t.audit.verdicts[status]}
    </span>
  );
}

// The findings, grouped by kind with their counts; each names its touchpoints as buttons. A click
// on a finding selects all its touchpoints and centres the canvas on them.
import { AlertTriangle, Crosshair, Unlink } from 'lucide-react';
import { useState, type ReactNode } from 'react';
import {
  FINDING_KINDS, variantTexts,
  type BrokenPromiseFinding, type ConflictFinding, type Finding, type FindingKind, type UncoveredPainFinding,
} from '../../audit';
import { t } from '../../i18n/en';
import { useAuditView } from './context';
import { User } from './fill';
import { JudgementWords } from './Judgement';
import { KIND_ICONS } from '../../canvas/findingIcons';
import { TouchpointChips, touchpointsOf } from './TouchpointChip';
import { formatNumber } from '../../i18n/format';

const SHOWN = 40;

export function FindingsView() {
  const { audit } = useAuditView();
  if (audit.findings.length === 0) return <p className="audit-empty">{t.audit.allClear}</p>;
  return (
    <div className="audit-kinds">
      {FINDING_KINDS.map((kind) => (
        <KindGroup key={kind} kind={kind} findings={audit.findings.filter((f) => f.kind === kind)} />
      ))}
    </div>
  );
}

export function kindSectionId(kind: FindingKind, large: boolean) {
  return `audit-${large ? 'page' : 'panel'}-${kind}`;
}

function KindGroup({ kind, findings }: { kind: FindingKind; findings: Finding[] }) {
  const { large } = useAuditView();
  const [all, setAll] = useState(false);
  const Icon = KIND_ICONS[kind];
  const id = kindSectionId(kind, large);
  const shown = all ? findings : findings.slice(0, SHOWN);
  return (
    <section className={`audit-kind is-${kind}`} aria-labelledby={id}>
      <h3 className="audit-kind-heading" id={id}>
        <Icon size={16} aria-hidden />
        <span>{t.audit.kinds[kind]}</span>
        <span className="audit-count">{formatNumber(findings.length)}</span>
      </h3>
      <p className="audit-help">{t.audit.kindHelp[kind]}</p>
      {findings.length === 0 ? (
        <p className="audit-none">{t.audit.noneOfKind}</p>
      ) : kind === 'silent' ? (
        <div className="audit-silent">
          <TouchpointChips ids={shown.map((f) => f.touchpointIds[0] as string)} withStage />
        </div>
      ) : (
        <ul className="audit-findings">
          {shown.map((finding) => (
            <li key={finding.id} className={`audit-finding is-${kind}`}>
              <FindingItem finding={finding} />
            </li>
          ))}
        </ul>
      )}
      {findings.length > shown.length ? (
        <button type="button" className="audit-more" onClick={() => setAll(true)}>
          {t.audit.showAll(findings.length)}
        </button>
      ) : null}
    </section>
  );
}

function FindingItem({ finding }: { finding: Finding }) {
  switch (finding.kind) {
    case 'conflict':
      return <Conflict finding={finding} />;
    case 'broken-promise':
      return <Broken finding={finding} />;
    case 'uncovered-pain':
      return <Pain finding={finding} />;
    default:
      return null;
  }
}

/** The head of a finding: one button that selects every touchpoint it names. */
function Main({ ids, title, children }: { ids: readonly string[]; title: ReactNode; children?: ReactNode }) {
  const { focus } = useAuditView();
  return (
    <button type="button" className="audit-finding-main" onClick={() => focus(ids)} title={ids.length > 1 ? t.audit.showAllOnCanvas(ids.length) : t.audit.showOnCanvas}>
      <span className="audit-finding-text">
        <span className="audit-finding-title">{title}</span>
        {children ? <span className="audit-finding-detail">{children}</span> : null}
      </span>
      <Crosshair size={15} aria-hidden className="audit-finding-go" />
    </button>
  );
}

function Conflict({ finding }: { finding: ConflictFinding }) {
  const labels = variantTexts(finding.variants);
  return (
    <>
      <Main ids={finding.touchpointIds} title={<User>{finding.topic}</User>}>
        {t.audit.versions(finding.variants.length)}
      </Main>
      <ul className="audit-versions">
        {finding.variants.map((variant, i) => (
          <li key={i}>
            <span className={`audit-version is-${variant.basis}`} dir="auto">{labels[i]}</span>
            <TouchpointChips ids={touchpointsOf(variant.messages)} />
          </li>
        ))}
      </ul>
      <FromText finding={finding} />
    </>
  );
}

/** The mark of a finding that rests on a promise read from the message text, not typed. */
function FromText({ finding }: { finding: ConflictFinding | BrokenPromiseFinding }) {
  return finding.fromText ? <p className="audit-line audit-from-text">{t.audit.fromTextFinding}</p> : null;
}

function Broken({ finding }: { finding: BrokenPromiseFinding }) {
  const { touchpoint } = useAuditView();
  const at = touchpoint(finding.experience.touchpointId);
  return (
    <>
      <Main
        ids={finding.touchpointIds}
        title={
          <>
            <User>{finding.topic}</User>
            <span className="audit-sep" aria-hidden>{t.common.separator}</span>
            <span className="audit-where">
              <span className="audit-sr">{t.audit.experiencedAt} </span>
              <User>{at?.title ?? ''}</User>
            </span>
          </>
        }
      >
        <JudgementWords judgement={finding.judgement} />
      </Main>
      <p className="audit-line">
        <span className="audit-line-label">{t.audit.promisedAt}</span>
        <TouchpointChips ids={touchpointsOf(finding.judgement.promisedAt)} />
      </p>
      <FromText finding={finding} />
    </>
  );
}

function Pain({ finding }: { finding: UncoveredPainFinding }) {
  const { touchpoint, stage } = useAuditView();
  const at = touchpoint(finding.touchpointIds[0] as string);
  const stageName = at ? stage(at)?.name : undefined;
  return (
    <>
      <Main ids={finding.touchpointIds} title={<User>{at?.title ?? ''}</User>}>
        {stageName ? <User>{stageName}</User> : null}
      </Main>
      <ul className="audit-pains">
        {finding.friction.map((friction) => (
          <li key={`f-${friction.id}`}>
            <AlertTriangle size={14} aria-hidden />
            <span>
              <strong>{t.audit.highFriction}</strong>
              {friction.note ? <> — <span dir="auto">{friction.note}</span></> : null}
            </span>
          </li>
        ))}
        {finding.trustBreaks.map((trustBreak) => (
          <li key={`t-${trustBreak.id}`}>
            <Unlink size={14} aria-hidden />
            <span>
              <strong>{t.audit.trustBreak(t.trustBreakKinds[trustBreak.kind])}</strong>
              {trustBreak.note ? <> — <span dir="auto">{trustBreak.note}</span></> : null}
            </span>
          </li>
        ))}
      </ul>
      <p className="audit-line audit-no-action">{t.audit.noAction}</p>
    </>
  );
}

// Per topic: its messages and experiences, the most favourable promise, each experience's verdict
// with the gap in words, and the topic operations (rename everywhere, merge into another topic).
import { GitMerge, Pencil } from 'lucide-react';
import { useId, useState, type FormEvent, type KeyboardEvent } from 'react';
import { fold, isTopicName, promiseText, tidy, TOPIC_MAX_LENGTH, type TopicSummary } from '../../audit';
import { t } from '../../i18n/en';
import { mergeAuditTopics, renameAuditTopic } from '../../store/commands';
import { useEditor } from '../../store/context';
import { useAuditView } from './context';
import { JudgementWords, Verdict } from './Judgement';
import { KIND_ICONS } from '../../canvas/findingIcons';
import { TouchpointChip, TouchpointChips, touchpointsOf } from './TouchpointChip';

export function TopicsView() {
  const { audit } = useAuditView();
  if (audit.topics.length === 0) return <p className="audit-empty">{t.audit.noTopics}</p>;
  return (
    <div className="audit-topics">
      {audit.topics.map((topic) => (
        <TopicCard key={topic.key} topic={topic} />
      ))}
    </div>
  );
}

type Mode = 'view' | 'rename' | 'merge';

function TopicCard({ topic }: { topic: TopicSummary }) {
  const [mode, setMode] = useState<Mode>('view');
  const { audit } = useAuditView();
  const headingId = useId();
  const ConflictIcon = KIND_ICONS.conflict;
  return (
    <article className="audit-topic" aria-labelledby={headingId}>
      <header className="audit-topic-head">
        <div className="audit-topic-name">
          <h3 id={headingId} dir="auto">{topic.topic}</h3>
          <span className="audit-muted">{t.audit.topicCounts(topic.messages.length, topic.experiences.length)}</span>
        </div>
        <div className="audit-topic-tools">
          <button type="button" className="audit-small" aria-pressed={mode === 'rename'} title={t.audit.renameTopic(topic.topic)} onClick={() => setMode(mode === 'rename' ? 'view' : 'rename')}>
            <Pencil size={13} aria-hidden /> {t.audit.rename}
          </button>
          <button
            type="button"
            className="audit-small"
            aria-pressed={mode === 'merge'}
            disabled={audit.topics.length < 2}
            title={t.audit.mergeTopic(topic.topic)}
            onClick={() => setMode(mode === 'merge' ? 'view' : 'merge')}
          >
            <GitMerge size={13} aria-hidden /> {t.audit.merge}
          </button>
        </div>
      </header>
      {mode === 'rename' ? <RenameForm topic={topic} done={() => setMode('view')} /> : null}
      {mode === 'merge' ? <MergeForm topic={topic} done={() => setMode('view')} /> : null}
      {topic.conflictId ? (
        <p className="audit-flag is-conflict">
          <ConflictIcon size={14} aria-hidden /> {t.audit.topicInConflict}
        </p>
      ) : null}
      <dl className="audit-facts">
        <dt>{t.audit.mostFavourable}</dt>
        <dd>
          {topic.favourable.length === 0 ? (
            <span className="audit-muted">{t.audit.noMeasurablePromise}</span>
          ) : (
            topic.favourable.map((favourable, i) => (
              <span key={i} className="audit-favourable">
                <strong dir="auto">{promiseText(favourable.promise)}</strong>
                <TouchpointChips ids={touchpointsOf(favourable.promisedAt)} />
              </span>
            ))
          )}
          {topic.incomparableUnits ? <span className="audit-note">{t.audit.incomparable}</span> : null}
        </dd>
        <dt>{t.audit.experiences}</dt>
        <dd>
          {topic.experiences.length === 0 ? (
            <span className="audit-muted">{t.audit.noExperiences}</span>
          ) : (
            <ul className="audit-experiences">
              {topic.experiences.map((result) => (
                <li key={`${result.touchpointId}#${result.index}`}>
                  <Verdict status={result.judgement.status} />
                  <TouchpointChip id={result.touchpointId} />
                  <span className="audit-judgement">
                    <JudgementWords judgement={result.judgement} />
                  </span>
                  {result.experience.note ? <span className="audit-muted audit-experience-note" dir="auto">{result.experience.note}</span> : null}
                </li>
              ))}
            </ul>
          )}
        </dd>
      </dl>
    </article>
  );
}

function cancelOnEscape(done: () => void) {
  return (event: KeyboardEvent) => {
    if (event.key === 'Escape') {
      // Escape leaves the form, not the full-page dialog around it.
      event.preventDefault();
      event.stopPropagation();
      done();
    }
  };
}

function RenameForm({ topic, done }: { topic: TopicSummary; done: () => void }) {
  const stores = useEditor();
  const { ui } = stores;
  const { audit } = useAuditView();
  const [name, setName] = useState(topic.topic);
  const inputId = useId();
  const error = tidy(name) === '' ? t.audit.nameRequired : !isTopicName(name) ? t.audit.nameTooLong(TOPIC_MAX_LENGTH) : null;
  const other = audit.topics.find((candidate) => candidate.key === fold(name) && candidate.key !== topic.key);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (error) return;
    const to = tidy(name);
    renameAuditTopic(stores, topic.key, to);
    ui.setState({ notice: other ? t.audit.merged(topic.topic, other.topic) : t.audit.renamed(topic.topic, to) });
    done();
  };
  return (
    <form className="audit-topic-form" onSubmit={submit} onKeyDown={cancelOnEscape(done)}>
      <label htmlFor={inputId}>{t.audit.newName}</label>
      <input id={inputId} dir="auto" value={name} maxLength={TOPIC_MAX_LENGTH + 20} autoFocus aria-invalid={error ? true : undefined} onChange={(event) => setName(event.target.value)} />
      {error ? <small className="field-error" role="alert">{error}</small> : null}
      {other ? <small className="audit-note">{t.audit.renameMerges(other.topic)}</small> : null}
      <div className="audit-form-actions">
        <button type="submit" className="primary" disabled={error !== null}>{t.audit.renameSave}</button>
        <button type="button" onClick={done}>{t.common.cancel}</button>
      </div>
    </form>
  );
}

function MergeForm({ topic, done }: { topic: TopicSummary; done: () => void }) {
  const stores = useEditor();
  const { ui } = stores;
  const { audit } = useAuditView();
  const [into, setInto] = useState('');
  const selectId = useId();
  const others = audit.topics.filter((candidate) => candidate.key !== topic.key);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const target = others.find((candidate) => candidate.key === into);
    if (!target) return;
    mergeAuditTopics(stores, topic.key, target.key);
    ui.setState({ notice: t.audit.merged(topic.topic, target.topic) });
    done();
  };
  return (
    <form className="audit-topic-form" onSubmit={submit} onKeyDown={cancelOnEscape(done)}>
      <label htmlFor={selectId}>{t.audit.mergeInto}</label>
      <select id={selectId} value={into} autoFocus onChange={(event) => setInto(event.target.value)}>
        <option value="" disabled>{t.audit.mergeChoose}</option>
        {others.map((candidate) => (
          <option key={candidate.key} value={candidate.key}>{candidate.topic}</option>
        ))}
      </select>
      <div className="audit-form-actions">
        <button type="submit" className="primary" disabled={into === ''}>{t.audit.mergeSave}</button>
        <button type="button" onClick={done}>{t.common.cancel}</button>
      </div>
    </form>
  );
}

// Opening a join link (#/join?server=…&map=…&key=…): checks the link, asks the person's name
// once, fetches the map from the server with the room key (a refusal changes nothing here), keeps
// it in this browser's library, remembers that it is shared, and opens it in the editor.
import { useEffect, useState, type FormEvent } from 'react';
import { mapHref } from '../../app/useHashRoute';
import { t } from '../../i18n/en';
import type { Repository } from '../../persistence/repository';
import { describeStorageError } from '../../persistence/storageErrors';
import type { FetchProgress, Fetching } from '../../sync/joinMap';
import { parseJoinQuery, type LiveLink } from '../../sync/liveLink';
import { saveIdentity, saveShareInfo, savedIdentity } from '../../sync/liveSettings';
import { cleanName, pickColour, type Identity } from '../../sync/presence';
import { describeImportError } from '../common/describeImportError';
import { describeLinkProblem, describeRefusal } from './describeLive';
import { IdentityFields } from './ShareLive';
import './presence.css';

type Step =
  | { state: 'name' }
  | { state: 'fetching'; progress: FetchProgress | null }
  | { state: 'failed'; message: string; details: string[] };

function Failed({ message, details, hint }: { message: string; details: string[]; hint?: string }) {
  return (
    <div className="screen-message join-screen" role="alert">
      <h1>{t.liveShare.join.title}</h1>
      <p>{message}</p>
      {details.length > 0 && <ul>{details.map((detail) => <li key={detail}>{detail}</li>)}</ul>}
      {hint && <p>{hint}</p>}
      <a href="#/">{t.toolbar.library}</a>
    </div>
  );
}

export function JoinLive({ query, repository }: { query: string; repository: Repository }) {
  const parsed = parseJoinQuery(query);
  if (!parsed.ok) {
    return <Failed message={t.liveShare.join.badLink} details={parsed.problems.map(describeLinkProblem)} hint={t.liveShare.join.askSender} />;
  }
  return <Joining key={query} link={parsed.link} repository={repository} />;
}

function Joining({ link, repository }: { link: LiveLink; repository: Repository }) {
  const [step, setStep] = useState<Step>(() => (savedIdentity() ? { state: 'fetching', progress: null } : { state: 'name' }));
  const [identity, setIdentity] = useState<Identity>(() => ({ name: '', colour: pickColour() }));
  const [tried, setTried] = useState(false);
  const fetching = step.state === 'fetching';

  useEffect(() => {
    if (!fetching) return;
    let current = true;
    const fail = (message: string, details: string[] = []) => current && setStep({ state: 'failed', message, details });
    let run: Fetching | null = null;
    void (async () => {
      // The collaboration client loads only when a map is joined or shared.
      let joining: typeof import('../../sync/joinMap');
      try {
        joining = await import('../../sync/joinMap');
      } catch {
        return fail(t.app.editorLoadFailed);
      }
      if (!current) return;
      run = joining.fetchSharedMap(link, (progress) => current && setStep({ state: 'fetching', progress }));
      const outcome = await run.done;
      if (!current) return;
      const here = (await repository.db.headers.get(link.mapId)) !== undefined;
      if (!outcome.ok) {
        // A map that is already here and not yet on the server (a server reset): the editor sends it.
        if (!(outcome.kind === 'empty' && here)) {
          if (outcome.kind === 'refused') return fail(t.liveShare.refused(describeRefusal(outcome.reason)));
          if (outcome.kind === 'empty') return fail(t.liveShare.join.empty);
          return fail(t.liveShare.join.invalid, outcome.error.kind === 'other-map' ? [t.liveShare.join.otherMap] : describeImportError(outcome.error));
        }
      } else if (!here) {
        try {
          await joining.storeJoinedMap(repository.db, outcome);
        } catch (error) {
          return fail(t.liveShare.join.saveFailed(describeStorageError(error).message));
        } finally {
          outcome.doc.destroy();
        }
      }
      if (!current) return;
      saveShareInfo(link.mapId, { server: link.server, key: link.key });
      // Replaces the join address: Back from the editor goes where the person came from.
      window.location.replace(mapHref(link.mapId));
    })();
    return () => {
      current = false;
      run?.cancel();
    };
  }, [fetching, link, repository]);

  if (step.state === 'failed') return <Failed message={step.message} details={step.details} />;
  if (step.state === 'name') {
    const submit = (event: FormEvent) => {
      event.preventDefault();
      setTried(true);
      if (cleanName(identity.name) === '') return;
      saveIdentity(identity);
      setStep({ state: 'fetching', progress: null });
    };
    return (
      <form className="screen-message join-screen" onSubmit={submit} noValidate>
        <h1>{t.liveShare.join.title}</h1>
        <p>{t.liveShare.join.nameIntro}</p>
        <IdentityFields identity={identity} onChange={setIdentity} showErrors={tried} />
        <div className="join-actions">
          <button type="submit" className="primary">{t.liveShare.join.join}</button>
          <a href="#/">{t.liveShare.join.cancel}</a>
        </div>
      </form>
    );
  }
  const { progress } = step;
  return (
    <div className="screen-message join-screen">
      <h1>{t.liveShare.join.title}</h1>
      <p role="status">
        {progress?.state === 'syncing'
          ? t.liveShare.join.fetching
          : progress && progress.attempts > 1
            ? t.liveShare.join.stillTrying(link.server, progress.attempts)
            : t.liveShare.join.connecting(link.server)}
      </p>
      <div className="join-actions">
        <a href="#/">{t.liveShare.join.cancel}</a>
      </div>
    </div>
  );
}

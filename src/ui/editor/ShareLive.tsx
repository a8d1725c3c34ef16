// "Share live": a toolbar button and its dialog. Not shared yet: asks the server address (the last
// one typed is offered) and, once, the person's name and colour, then connects. Shared: shows the
// link to send (server, map id and room key in the hash) and "Stop sharing".
import { Radio } from 'lucide-react';
import { useEffect, useId, useRef, useState, type FormEvent } from 'react';
import { t } from '../../i18n/en';
import { joinLink, normaliseServer } from '../../sync/liveLink';
import { lastServer } from '../../sync/liveSettings';
import { cleanName, COLOUR_CHOICES, pickColour, type Identity } from '../../sync/presence';
import { useModalDialog } from '../common/useModalDialog';
import { useLiveShareContext, type LiveShare } from './useLiveShare';
import './presence.css';

export function ShareLiveButton() {
  const live = useLiveShareContext();
  const [open, setOpen] = useState(false);
  if (!live) return null;
  const shared = live.share !== null;
  return (
    <>
      <button
        type="button"
        className={`tb-secondary${shared ? ' is-shared' : ''}`}
        aria-label={t.liveShare.share}
        title={shared ? t.liveShare.shared : t.liveShare.share}
        aria-haspopup="dialog"
        onClick={() => setOpen(true)}
      >
        <Radio size={16} aria-hidden /> <span aria-hidden>{t.liveShare.shareShort}</span>
      </button>
      {open && <ShareLiveDialog live={live} onClose={() => setOpen(false)} />}
    </>
  );
}

/** Name and colour, asked once; also used when joining from a link. */
export function IdentityFields({ identity, onChange, showErrors }: { identity: Identity; onChange: (identity: Identity) => void; showErrors: boolean }) {
  const nameId = useId();
  const hintId = useId();
  const missing = cleanName(identity.name) === '';
  return (
    <>
      <label className="live-field" htmlFor={nameId}>
        <span>{t.liveShare.name}</span>
        <input
          id={nameId}
          value={identity.name}
          maxLength={60}
          autoComplete="nickname"
          aria-describedby={hintId}
          aria-invalid={showErrors && missing}
          onChange={(event) => onChange({ ...identity, name: event.target.value })}
        />
        <small id={hintId} className={showErrors && missing ? 'field-error' : undefined}>{showErrors && missing ? t.liveShare.nameRequired : t.liveShare.nameHint}</small>
      </label>
      <fieldset className="live-colours">
        <legend>{t.liveShare.colour}</legend>
        {COLOUR_CHOICES.map((choice) => (
          <label key={choice.name} className="live-colour" title={t.liveShare.colours[choice.name]}>
            <input type="radio" name="live-colour" value={choice.hex} checked={identity.colour === choice.hex} onChange={() => onChange({ ...identity, colour: choice.hex })} aria-label={t.liveShare.colours[choice.name]} />
            <span style={{ background: choice.hex }} aria-hidden />
          </label>
        ))}
      </fieldset>
    </>
  );
}

function ShareLiveDialog({ live, onClose }: { live: LiveShare; onClose: () => void }) {
  const dialog = useModalDialog();
  const headingId = useId();
  const serverId = useId();
  const serverHintId = useId();
  const [server, setServer] = useState(() => live.share?.server ?? lastServer());
  const [identity, setIdentity] = useState<Identity>(() => live.identity ?? { name: '', colour: pickColour() });
  const [tried, setTried] = useState(false);
  const [copied, setCopied] = useState<'no' | 'yes' | 'failed'>('no');
  const first = useRef<HTMLInputElement>(null);
  const linkField = useRef<HTMLInputElement>(null);
  useEffect(() => (live.share ? linkField.current?.select() : first.current?.focus()), [live.share]);

  const normal = normaliseServer(server);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    setTried(true);
    if (!normal || cleanName(identity.name) === '') return;
    live.start(normal, { name: cleanName(identity.name), colour: identity.colour });
  };
  const link = live.share ? joinLink(window.location.href, { server: live.share.server, mapId: live.mapId, key: live.share.key }) : '';
  const copy = () => {
    navigator.clipboard.writeText(link).then(() => setCopied('yes'), () => setCopied('failed'));
  };

  return (
    <dialog
      ref={dialog}
      className="confirm-dialog live-dialog"
      aria-labelledby={headingId}
      onCancel={(event) => {
        event.preventDefault();
        onClose();
      }}
    >
      <h2 id={headingId}>{t.liveShare.dialogTitle}</h2>
      <p className="confirm-body">{t.liveShare.intro}</p>
      {live.share ? (
        <>
          <label className="live-field">
            <span>{t.liveShare.link}</span>
            <input ref={linkField} className="live-link" readOnly value={link} onFocus={(event) => event.target.select()} data-testid="live-link" />
            <small>{t.liveShare.linkHint}</small>
          </label>
          {copied !== 'no' && <p role="status" className={copied === 'failed' ? 'field-error' : 'live-copied'}>{copied === 'yes' ? t.liveShare.copied : t.liveShare.copyFailed}</p>}
          <p className="live-stop-hint">{t.liveShare.stopHint}</p>
          <div className="confirm-actions">
            <button type="button" className="danger-outline" onClick={() => { live.stop(); onClose(); }}>{t.liveShare.stop}</button>
            <button type="button" onClick={copy}>{t.liveShare.copy}</button>
            <button type="button" className="primary" onClick={onClose}>{t.common.close}</button>
          </div>
        </>
      ) : (
        <form onSubmit={submit} noValidate>
          <label className="live-field" htmlFor={serverId}>
            <span>{t.liveShare.server}</span>
            <input
              ref={first}
              id={serverId}
              value={server}
              spellCheck={false}
              autoComplete="url"
              inputMode="url"
              dir="ltr"
              aria-describedby={serverHintId}
              aria-invalid={tried && !normal}
              onChange={(event) => setServer(event.target.value)}
            />
            <small id={serverHintId} className={tried && !normal ? 'field-error' : undefined}>{tried && !normal ? t.liveShare.serverInvalid : t.liveShare.serverHint}</small>
          </label>
          <IdentityFields identity={identity} onChange={setIdentity} showErrors={tried} />
          <div className="confirm-actions">
            <button type="button" onClick={onClose}>{t.common.cancel}</button>
            <button type="submit" className="primary">{t.liveShare.start}</button>
          </div>
        </form>
      )}
    </dialog>
  );
}

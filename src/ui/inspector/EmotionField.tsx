import { memo, useId } from 'react';
import { t } from '../../i18n/en';
import { useTouchpointEditor } from './context';
import { useLocale } from '../../i18n/locale';

const LEVELS = [
  { level: -2, face: '😞' },
  { level: -1, face: '🙁' },
  { level: 0, face: '😐' },
  { level: 1, face: '🙂' },
  { level: 2, face: '😄' },
] as const;

export const EmotionField = memo(function EmotionField({ value }: { value: number | undefined }) {
  useLocale(); // re-render in a newly chosen language: memo would keep the old text
  const editor = useTouchpointEditor();
  const labelId = useId();
  return (
    <div className="insp-field">
      <div className="insp-label-row">
        <span className="insp-label" id={labelId}>
          {t.inspector.emotion}
        </span>
        {value === undefined ? null : <span className="insp-emotion-name">{t.emotions[String(value)]}</span>}
      </div>
      <div className="insp-emotions" role="group" aria-labelledby={labelId}>
        {LEVELS.map(({ level, face }) => {
          const name = t.emotions[String(level)];
          return (
            <button
              key={level}
              type="button"
              className="insp-emotion"
              aria-label={name}
              title={name}
              aria-pressed={value === level}
              onClick={() => editor.patch({ emotion: level })}
            >
              <span aria-hidden="true">{face}</span>
            </button>
          );
        })}
        <button
          type="button"
          className="insp-emotion-unset"
          aria-pressed={value === undefined}
          onClick={() => editor.patch({ emotion: undefined })}
        >
          {t.emotionUnset}
        </button>
      </div>
    </div>
  );
});

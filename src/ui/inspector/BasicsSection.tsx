import { memo, useMemo } from 'react';
import { t } from '../../i18n/en';
import { CHANNELS, type Channel } from '../../model/schema';
import { useMapSelector } from '../../store/context';
import { useTouchpointEditor } from './context';
import { optionsOf, SelectField, TextArea, TextField } from './fields';
import { useLocale } from '../../i18n/locale';


export const BasicsSection = memo(function BasicsSection(props: {
  title: string;
  channel: Channel;
  stageId: string;
  description: string | undefined;
}) {
  useLocale(); // re-render in a newly chosen language: memo would keep the old text
  const editor = useTouchpointEditor();
  const stages = useMapSelector((map) => map.stages);
  const stageOptions = useMemo(() => stages.map((stage) => ({ value: stage.id, label: stage.name })), [stages]);
  const s = t.inspector;
  return (
    <div className="insp-section insp-basics">
      <TextField
        label={s.title}
        path="title"
        value={props.title}
        maxLength={300}
        required={s.titleRequired}
        onCommit={(title, group) => editor.patch({ title }, group)}
      />
      <div className="insp-inline">
        <SelectField
          className="insp-grow"
          label={s.channel}
          value={props.channel}
          options={optionsOf(CHANNELS, t.channels)}
          onChange={(channel) => editor.patch({ channel })}
        />
        <SelectField
          className="insp-grow"
          label={s.stage}
          value={props.stageId}
          options={stageOptions}
          onChange={(stageId) => editor.patch({ stageId })}
        />
      </div>
      <TextArea
        label={s.description}
        path="description"
        rows={3}
        placeholder={s.descriptionPlaceholder}
        value={props.description ?? ''}
        maxLength={10_000}
        onCommit={(description, group) => editor.patch({ description: description === '' ? undefined : description }, group)}
      />
    </div>
  );
});

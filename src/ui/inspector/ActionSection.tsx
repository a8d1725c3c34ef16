import { memo } from 'react';
import { t } from '../../i18n/en';
import { newId } from '../../model/ids';
import { ACTION_STATUSES, ActionSchema, type Action } from '../../model/schema';
import { useTouchpointEditor } from './context';
import { optionsOf, SelectField, TextArea, TextField } from './fields';
import { byId } from './listAdapters';
import { ListSection } from './ListSection';
import { useLocale } from '../../i18n/locale';

const adapter = byId<Action>();
const validDate = (text: string) => (ActionSchema.shape.due.safeParse(text).success ? null : t.inspector.invalidDate);

export const ActionSection = memo(function ActionSection({ items }: { items: Action[] }) {
  useLocale(); // re-render in a newly chosen language: memo would keep the old text
  const editor = useTouchpointEditor();
  const s = t.inspector.actions;
  return (
    <ListSection<Action>
      field="actions"
      text={s}
      items={items}
      adapter={adapter}
      create={() => ({ id: newId(), text: '', status: 'open' })}
      isComplete={(item) => item.text.trim() !== ''}
      edit={(change, group) => editor.editList('actions', change, group)}
      renderRow={(row) => (
        <>
          <TextArea
            label={s.text}
            hideLabel
            autoFocus
            placeholder={s.textPlaceholder}
            path={`${row.path}.text`}
            value={row.item.text}
            maxLength={2000}
            required={!row.draft && s.textRequired}
            onCommit={(text, group) => row.update({ text }, group)}
          />
          <div className="insp-inline">
            <TextField
              className="insp-grow"
              label={s.owner}
              hideLabel
              placeholder={s.ownerPlaceholder}
              path={`${row.path}.owner`}
              value={row.item.owner ?? ''}
              maxLength={120}
              onCommit={(owner, group) => row.update({ owner: owner === '' ? undefined : owner }, group)}
            />
            <TextField
              label={s.due}
              hideLabel
              type="date"
              path={`${row.path}.due`}
              value={row.item.due ?? ''}
              maxLength={10}
              validate={validDate}
              onCommit={(due, group) => row.update({ due: due === '' ? undefined : due }, group)}
            />
            <SelectField
              label={s.status}
              hideLabel
              value={row.item.status}
              options={optionsOf(ACTION_STATUSES, t.actionStatuses)}
              onChange={(status) => row.update({ status })}
            />
          </div>
        </>
      )}
    />
  );
});

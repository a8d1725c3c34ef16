import { memo } from 'react';
import { t } from '../../i18n/en';
import { newId } from '../../model/ids';
import { SEVERITIES, type Friction } from '../../model/schema';
import { useTouchpointEditor } from './context';
import { optionsOf, SelectField, TextArea } from './fields';
import { byId } from './listAdapters';
import { ListSection } from './ListSection';
import { useLocale } from '../../i18n/locale';

const adapter = byId<Friction>();

export const FrictionSection = memo(function FrictionSection({ items }: { items: Friction[] }) {
  useLocale(); // re-render in a newly chosen language: memo would keep the old text
  const editor = useTouchpointEditor();
  const s = t.inspector.friction;
  return (
    <ListSection<Friction>
      field="friction"
      text={s}
      items={items}
      adapter={adapter}
      create={() => ({ id: newId(), severity: 'medium', note: '' })}
      edit={(change, group) => editor.editList('friction', change, group)}
      renderRow={(row) => (
        <>
          <SelectField
            label={s.severity}
            hideLabel
            className="insp-severity"
            value={row.item.severity}
            options={optionsOf(SEVERITIES, t.severities)}
            onChange={(severity) => row.update({ severity })}
          />
          <TextArea
            label={s.note}
            hideLabel
            autoFocus
            rows={1}
            placeholder={s.notePlaceholder}
            path={`${row.path}.note`}
            value={row.item.note}
            maxLength={2000}
            onCommit={(note, group) => row.update({ note }, group)}
          />
        </>
      )}
    />
  );
});

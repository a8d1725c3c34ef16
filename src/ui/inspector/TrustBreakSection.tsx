import { memo } from 'react';
import { t } from '../../i18n/en';
import { newId } from '../../model/ids';
import { TRUST_BREAK_KINDS, type TrustBreak } from '../../model/schema';
import { useTouchpointEditor } from './context';
import { optionsOf, SelectField, TextArea } from './fields';
import { byId } from './listAdapters';
import { ListSection } from './ListSection';
import { useLocale } from '../../i18n/locale';

const adapter = byId<TrustBreak>();

export const TrustBreakSection = memo(function TrustBreakSection({ items }: { items: TrustBreak[] }) {
  useLocale(); // re-render in a newly chosen language: memo would keep the old text
  const editor = useTouchpointEditor();
  const s = t.inspector.trustBreaks;
  return (
    <ListSection<TrustBreak>
      field="trustBreaks"
      text={s}
      items={items}
      adapter={adapter}
      create={() => ({ id: newId(), kind: 'other', note: '' })}
      edit={(change, group) => editor.editList('trustBreaks', change, group)}
      renderRow={(row) => (
        <>
          <SelectField
            label={s.kind}
            hideLabel
            autoFocus
            value={row.item.kind}
            options={optionsOf(TRUST_BREAK_KINDS, t.trustBreakKinds)}
            onChange={(kind) => row.update({ kind })}
          />
          <TextArea
            label={s.note}
            hideLabel
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

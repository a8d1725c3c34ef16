import { memo } from 'react';
import { t } from '../../i18n/en';
import { newId } from '../../model/ids';
import type { Evidence } from '../../model/schema';
import { useTouchpointEditor } from './context';
import { TextArea, TextField } from './fields';
import { byId } from './listAdapters';
import { ListSection } from './ListSection';
import { useLocale } from '../../i18n/locale';

const adapter = byId<Evidence>();

export const EvidenceSection = memo(function EvidenceSection({ items }: { items: Evidence[] }) {
  useLocale(); // re-render in a newly chosen language: memo would keep the old text
  const editor = useTouchpointEditor();
  const s = t.inspector.evidence;
  return (
    <ListSection<Evidence>
      field="evidence"
      text={s}
      items={items}
      adapter={adapter}
      create={() => ({ id: newId(), quote: '' })}
      isComplete={(item) => item.quote.trim() !== ''}
      edit={(change, group) => editor.editList('evidence', change, group)}
      renderRow={(row) => (
        <>
          <TextArea
            label={s.quote}
            hideLabel
            autoFocus
            placeholder={s.quotePlaceholder}
            path={`${row.path}.quote`}
            value={row.item.quote}
            maxLength={2000}
            required={!row.draft && s.quoteRequired}
            onCommit={(quote, group) => row.update({ quote }, group)}
          />
          <TextField
            label={s.source}
            hideLabel
            placeholder={s.sourcePlaceholder}
            path={`${row.path}.source`}
            value={row.item.source ?? ''}
            maxLength={300}
            onCommit={(source, group) => row.update({ source: source === '' ? undefined : source }, group)}
          />
        </>
      )}
    />
  );
});

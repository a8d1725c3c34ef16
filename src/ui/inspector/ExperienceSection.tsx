import { memo } from 'react';
import { t } from '../../i18n/en';
import { newId } from '../../model/ids';
import type { Experience } from '../../model/schema';
import { useTouchpointEditor } from './context';
import { TextArea } from './fields';
import { byId } from './listAdapters';
import { ListSection } from './ListSection';
import { TopicField } from './TopicField';
import { QuantityFields } from './QuantityFields';
import { useLocale } from '../../i18n/locale';

const adapter = byId<Experience>();

export const ExperienceSection = memo(function ExperienceSection({ items }: { items: Experience[] }) {
  useLocale(); // re-render in a newly chosen language: memo would keep the old text
  const editor = useTouchpointEditor();
  const s = t.inspector.experiences;
  return (
    <ListSection<Experience>
      field="experiences"
      text={s}
      items={items}
      adapter={adapter}
      create={() => ({ id: newId(), topic: '' })}
      isComplete={(item) => item.topic.trim() !== ''}
      edit={(change, group) => editor.editList('experiences', change, group)}
      renderRow={(row) => (
        <>
          <TopicField row={row} text={s} />
          <TextArea
            label={s.note}
            hideLabel
            placeholder={s.notePlaceholder}
            path={`${row.path}.note`}
            value={row.item.note ?? ''}
            maxLength={2000}
            onCommit={(note, group) => row.update({ note: note === '' ? undefined : note }, group)}
          />
          <QuantityFields
            path={`${row.path}.actual`}
            value={row.item.actual}
            withBetter={false}
            labels={{ toggle: s.actual, value: s.actualValue, unit: s.actualUnit }}
            onChange={(actual, group) => row.update({ actual: actual && { value: actual.value, unit: actual.unit } }, group)}
          />
        </>
      )}
    />
  );
});

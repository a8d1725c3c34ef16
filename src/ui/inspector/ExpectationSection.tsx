import { memo } from 'react';
import { t } from '../../i18n/en';
import { newId } from '../../model/ids';
import type { Expectation } from '../../model/schema';
import { useTouchpointEditor } from './context';
import { TextArea } from './fields';
import { byId } from './listAdapters';
import { ListSection } from './ListSection';
import { TopicField } from './TopicField';
import { QuantityFields } from './QuantityFields';
import { ReadingOffer } from './ReadingOffer';
import { useLocale } from '../../i18n/locale';

const adapter = byId<Expectation>();
const filled = (text: string) => text.trim() !== '';

export const ExpectationSection = memo(function ExpectationSection({ items }: { items: Expectation[] }) {
  useLocale(); // re-render in a newly chosen language: memo would keep the old text
  const editor = useTouchpointEditor();
  const s = t.inspector.expectations;
  return (
    <ListSection<Expectation>
      field="expectations"
      text={s}
      items={items}
      adapter={adapter}
      create={() => ({ id: newId(), topic: '', message: '' })}
      isComplete={(item) => filled(item.topic) && filled(item.message)}
      edit={(change, group) => editor.editList('expectations', change, group)}
      renderRow={(row) => (
        <>
          <TopicField row={row} text={s} />
          <TextArea
            label={s.message}
            hideLabel
            placeholder={s.messagePlaceholder}
            path={`${row.path}.message`}
            value={row.item.message}
            maxLength={2000}
            required={!row.draft && s.messageRequired}
            onCommit={(message, group) => row.update({ message }, group)}
          />
          <ReadingOffer row={row} />
          <QuantityFields
            path={`${row.path}.promise`}
            value={row.item.promise}
            withBetter
            labels={{ toggle: s.promise, value: s.promiseValue, unit: s.promiseUnit, better: s.better }}
            onChange={(promise, group) =>
              row.update({ promise: promise && { value: promise.value, unit: promise.unit, better: promise.better ?? 'lower' } }, group)
            }
          />
        </>
      )}
    />
  );
});

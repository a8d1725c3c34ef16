// The topic of an expectation message or an experience: suggestions from the topics already in
// the map (they must match for the audit to compare them), required once the row is stored.
import { useTouchpointEditor } from './context';
import { TextField } from './fields';
import type { ListRow } from './ListSection';

type Text = { topic: string; topicPlaceholder: string; topicRequired: string };

export function TopicField<T extends { topic: string }>({ row, text }: { row: ListRow<T>; text: Text }) {
  const editor = useTouchpointEditor();
  return (
    <TextField
      label={text.topic}
      hideLabel
      autoFocus
      placeholder={text.topicPlaceholder}
      path={`${row.path}.topic`}
      value={row.item.topic}
      maxLength={120}
      required={!row.draft && text.topicRequired}
      list={editor.topicsListId}
      onFocus={editor.refreshTopics}
      onCommit={(topic, group) => row.update({ topic } as Partial<T>, group)}
    />
  );
}

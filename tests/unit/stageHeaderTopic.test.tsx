import { cleanup, render, screen, within } from '@testing-library/react';
import { afterEach, expect, it } from 'vitest';
import { EditorProvider } from '../../src/store/context';
import { createMapDocument } from '../../src/store/mapStore';
import { createUiStore } from '../../src/store/uiStore';
import { StageHeader } from '../../src/ui/workshop/StageHeader';
import { mapOf, say } from './auditHelpers';

afterEach(cleanup);

it('present mode names a stage’s message topics tidied, not as typed', () => {
  const doc = createMapDocument(mapOf({ id: 'a', title: 'Approvals', expectations: [say(' approval  TIME', 'Approved within 2 days')] }));
  const ui = createUiStore();
  ui.setState({ presenting: true, walkStage: 0 });
  render(
    <EditorProvider stores={{ doc, ui }}>
      <StageHeader />
    </EditorProvider>,
  );
  const messages = screen.getByRole('list', { name: 'Expectation messages set in this stage' });
  // Exactly: the default text matcher would collapse the spaces itself.
  expect(within(messages).getByRole('listitem').querySelector('strong')?.textContent).toBe('approval TIME');
});

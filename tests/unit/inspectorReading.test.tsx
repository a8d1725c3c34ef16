import { act, cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { EditorProvider } from '../../src/store/context';
import { createMapDocument, type MapDocument } from '../../src/store/mapStore';
import { createUiStore, selectTouchpoints } from '../../src/store/uiStore';
import { Inspector } from '../../src/ui/inspector/Inspector';
import { mapOf, say } from './auditHelpers';

function setup() {
  const map = mapOf(
    { id: 'ad', expectations: [say('Delivery', 'Delivered within 2 days'), say('Tone', 'We care'), say('Reply', 'Reply within 2 hours', 3, 'hours')] },
  );
  const doc = createMapDocument(map);
  const ui = createUiStore();
  selectTouchpoints(ui, ['ad']);
  render(
    <EditorProvider stores={{ doc, ui }}>
      <Inspector />
    </EditorProvider>,
  );
  return { doc };
}

const expectation = (doc: MapDocument, index = 0) => doc.store.getState().map.touchpoints[0]?.expectations[index];
const undoSteps = (doc: MapDocument) => {
  let steps = 0;
  act(() => {
    for (; doc.history.getState().canUndo; steps++) doc.undo();
    for (let i = 0; i < steps; i++) doc.redo();
  });
  return steps;
};
const offer = () => screen.getByRole('group', { name: 'Promise read from the text: within 2 days' });

afterEach(cleanup);

describe('a promise read from the message text, in the inspector', () => {
  it('is offered beside the message, only where the text holds one and no promise is typed', () => {
    setup();
    expect(offer().textContent).toContain('Read from the text: within 2 days');
    // "We care" holds no amount; "Reply within 2 hours" has a typed promise (3 hours), which wins.
    expect(screen.getAllByRole('group', { name: /^Promise read from the text/ })).toHaveLength(1);
  });

  it('accepts it as the typed promise, in one undo step', () => {
    const { doc } = setup();
    fireEvent.click(within(offer()).getByRole('button', { name: 'Accept' }));
    expect(expectation(doc)?.promise).toEqual({ value: 2, unit: 'days', better: 'lower' });
    expect(screen.queryByRole('group', { name: /^Promise read from the text/ })).toBeNull();
    const row = screen.getByRole('group', { name: 'Expectation 1' });
    expect((within(row).getByRole('textbox', { name: 'Promise value' }) as HTMLInputElement).value).toBe('2');
    expect((within(row).getByRole('textbox', { name: 'Promise unit' }) as HTMLInputElement).value).toBe('days');
    expect(undoSteps(doc)).toBe(1);
    act(() => doc.undo());
    expect(expectation(doc)?.promise).toBeUndefined();
    expect(offer()).toBeTruthy();
  });

  it('edits it: accepts, then puts the cursor in the promise value', () => {
    const { doc } = setup();
    fireEvent.click(within(offer()).getByRole('button', { name: 'Edit' }));
    expect(expectation(doc)?.promise).toEqual({ value: 2, unit: 'days', better: 'lower' });
    const row = screen.getByRole('group', { name: 'Expectation 1' });
    expect(document.activeElement).toBe(within(row).getByRole('textbox', { name: 'Promise value' }));
  });

  it('dismisses it (readPromise: false) and reads the text again, each in one undo step', () => {
    const { doc } = setup();
    fireEvent.click(within(offer()).getByRole('button', { name: 'Dismiss' }));
    expect(expectation(doc)?.readPromise).toBe(false);
    expect(expectation(doc)?.promise).toBeUndefined();
    expect(screen.queryByRole('group', { name: /^Promise read from the text/ })).toBeNull();
    expect(screen.getByText('No promise is read from this message.')).toBeTruthy();
    expect(undoSteps(doc)).toBe(1);
    fireEvent.click(screen.getByRole('button', { name: 'Read the text again' }));
    expect(Object.keys(expectation(doc) ?? {})).not.toContain('readPromise');
    expect(offer()).toBeTruthy();
    expect(undoSteps(doc)).toBe(2);
    act(() => doc.undo());
    expect(expectation(doc)?.readPromise).toBe(false);
  });

  it('follows the message as it is typed', () => {
    setup();
    const row = screen.getByRole('group', { name: 'Expectation 2' });
    fireEvent.change(within(row).getByRole('textbox', { name: 'Expectation message' }), { target: { value: 'We care: reply in 5-7 working days' } });
    expect(within(row).getByRole('group', { name: 'Promise read from the text: in 5–7 working days' })).toBeTruthy();
  });
});

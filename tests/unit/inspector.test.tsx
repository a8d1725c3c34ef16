import { act, cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { JourneyMapSchema, TouchpointSchema, type JourneyMap } from '../../src/model/schema';
import { EditorProvider } from '../../src/store/context';
import { createMapDocument, type MapDocument } from '../../src/store/mapStore';
import { createUiStore, selectTouchpoints, type UiStore } from '../../src/store/uiStore';
import { Inspector } from '../../src/ui/inspector/Inspector';
import fixture from '../fixtures/online-order.waymark.json';


function setup(selected: string[] = ['ad']) {
  const map: JourneyMap = JourneyMapSchema.parse(fixture.maps[0]);
  const doc = createMapDocument(map);
  const ui = createUiStore();
  selectTouchpoints(ui, selected);
  render(
    <EditorProvider stores={{ doc, ui }}>
      <Inspector />
    </EditorProvider>,
  );
  return { doc, ui };
}

const touchpoint = (doc: MapDocument, id = 'ad') => {
  const found = doc.store.getState().map.touchpoints.find((t) => t.id === id);
  if (!found) throw new Error(`no touchpoint ${id}`);
  return found;
};
/** How many times undo can be pressed before it is disabled; redo then brings every step back. */
function undoSteps(doc: MapDocument): number {
  let steps = 0;
  act(() => {
    for (; doc.history.getState().canUndo; steps++) doc.undo();
    for (let i = 0; i < steps; i++) doc.redo();
  });
  return steps;
}
const type = (element: HTMLElement, value: string) => fireEvent.change(element, { target: { value } });
const select = (ui: UiStore, ids: string[]) => act(() => selectTouchpoints(ui, ids));

/** Every touchpoint of the open map still passes the schema. */
function expectValid(doc: MapDocument) {
  for (const t of doc.store.getState().map.touchpoints) expect(TouchpointSchema.safeParse(t).error).toBeUndefined();
}

afterEach(cleanup);

describe('Inspector', () => {
  it('shows a hint with no selection and a count with several', () => {
    const { ui } = setup([]);
    expect(screen.getByText(/Select a touchpoint/)).toBeTruthy();
    select(ui, ['ad', 'pdp', 'checkout']);
    expect(screen.getByText('3 touchpoints selected')).toBeTruthy();
    select(ui, ['pdp']);
    expect((screen.getByLabelText('Title') as HTMLInputElement).value).toBe('Product page');
  });

  it('commits a typed title as one undo step, and undo restores the old title', () => {
    const { doc } = setup();
    const title = screen.getByLabelText('Title') as HTMLInputElement;
    expect(title.value).toBe('Social media ad');
    expect(title.getAttribute('dir')).toBe('auto');
    fireEvent.focus(title);
    type(title, 'Social media');
    type(title, 'Social media ad on');
    type(title, 'Social media ad on TikTok');
    expect(touchpoint(doc).title).toBe('Social media ad on TikTok');
    fireEvent.blur(title);
    expect(undoSteps(doc)).toBe(1);

    act(() => doc.undo());
    expect(touchpoint(doc).title).toBe('Social media ad');
    expect(title.value).toBe('Social media ad');
  });

  it('starts a new undo step when the same field is edited again after blur', () => {
    const { doc } = setup();
    const title = screen.getByLabelText('Title');
    type(title, 'A');
    fireEvent.blur(title);
    type(title, 'AB');
    fireEvent.blur(title);
    expect(undoSteps(doc)).toBe(2);
  });

  it('never commits an empty title', () => {
    const { doc } = setup();
    const title = screen.getByLabelText('Title') as HTMLInputElement;
    type(title, '');
    expect(touchpoint(doc).title).toBe('Social media ad');
    expect(screen.getByRole('alert').textContent).toBe('A title is required');
    expect(title.getAttribute('aria-invalid')).toBe('true');
    type(title, '   ');
    expect(touchpoint(doc).title).toBe('Social media ad');
    expect(undoSteps(doc)).toBe(0);
    // After blur the text and the message stay (nothing moves under the pointer); the store is untouched.
    fireEvent.blur(title);
    expect(title.value).toBe('   ');
    expect(screen.getByRole('alert').textContent).toBe('A title is required');
    expect(touchpoint(doc).title).toBe('Social media ad');
    type(title, 'Paid social ad');
    expect(touchpoint(doc).title).toBe('Paid social ad');
    expect(screen.queryByRole('alert')).toBeNull();
  });

  it('adds a friction item and sets its severity', () => {
    const { doc } = setup();
    fireEvent.click(screen.getByRole('button', { name: 'Add friction' }));
    expect(touchpoint(doc).friction).toHaveLength(1);
    const row = screen.getByRole('group', { name: 'Friction 1' });
    expect(document.activeElement).toBe(within(row).getByLabelText('Friction note'));
    fireEvent.change(within(row).getByLabelText('Friction severity'), { target: { value: 'high' } });
    const note = within(row).getByLabelText('Friction note');
    type(note, 'Has to re-enter the address');
    fireEvent.blur(note);
    expect(touchpoint(doc).friction).toEqual([{ id: expect.any(String), severity: 'high', note: 'Has to re-enter the address' }]);
    expect(undoSteps(doc)).toBe(3); // add, severity, note
    fireEvent.click(within(row).getByRole('button', { name: 'Remove friction' }));
    expect(touchpoint(doc).friction).toEqual([]);
    expectValid(doc);
  });

  it('commits a new expectation only once it has a topic and a message', () => {
    const { doc } = setup();
    fireEvent.click(screen.getByRole('button', { name: 'Add expectation message' }));
    const row = screen.getByRole('group', { name: 'Expectation 2' });
    const topic = within(row).getByLabelText('Expectation topic');
    expect(document.activeElement).toBe(topic);
    type(topic, 'Returns');
    expect(touchpoint(doc).expectations).toHaveLength(1);
    const message = within(row).getByLabelText('Expectation message');
    message.focus();
    type(message, 'F');
    type(message, 'Free returns');
    expect(touchpoint(doc).expectations[1]).toEqual({ id: expect.any(String), topic: 'Returns', message: 'Free returns' });
    // The draft row became the stored row without being remounted: same element, focus kept.
    expect(within(screen.getByRole('group', { name: 'Expectation 2' })).getByLabelText('Expectation message')).toBe(message);
    expect(document.activeElement).toBe(message);
    fireEvent.blur(message);
    expect(undoSteps(doc)).toBe(1);
    expectValid(doc);

    // Once stored, the topic cannot be emptied.
    type(within(screen.getByRole('group', { name: 'Expectation 2' })).getByLabelText('Expectation topic'), '');
    expect(touchpoint(doc).expectations[1]?.topic).toBe('Returns');
    expect(screen.getByRole('alert').textContent).toBe('A topic is required');
  });

  it('adds a promise only once it has a value and a unit', () => {
    const { doc } = setup();
    fireEvent.click(screen.getByRole('button', { name: 'Add expectation message' }));
    const row = screen.getByRole('group', { name: 'Expectation 2' });
    type(within(row).getByLabelText('Expectation topic'), 'Refund time');
    type(within(row).getByLabelText('Expectation message'), 'Refunds in 48 hours');
    fireEvent.click(within(row).getByLabelText('Measurable promise'));
    expect(touchpoint(doc).expectations[1]?.promise).toBeUndefined();
    type(within(row).getByLabelText('Promise value'), '48');
    expect(touchpoint(doc).expectations[1]?.promise).toBeUndefined();
    type(within(row).getByLabelText('Promise unit'), 'hours');
    expect(touchpoint(doc).expectations[1]?.promise).toEqual({ value: 48, unit: 'hours', better: 'lower' });
    fireEvent.change(within(row).getByLabelText('Better when'), { target: { value: 'higher' } });
    expect(touchpoint(doc).expectations[1]?.promise?.better).toBe('higher');
    type(within(row).getByLabelText('Promise value'), 'abc');
    expect(touchpoint(doc).expectations[1]?.promise?.value).toBe(48);
    fireEvent.click(within(row).getByLabelText('Measurable promise'));
    expect(touchpoint(doc).expectations[1]).not.toHaveProperty('promise');
    expectValid(doc);
  });

  it('suggests topics already used in the map', () => {
    setup(['parcel']);
    const topic = within(screen.getByRole('group', { name: 'Experience 1' })).getByLabelText('Experience topic') as HTMLInputElement;
    fireEvent.focus(topic);
    const list = document.getElementById(topic.getAttribute('list') ?? '');
    const options = [...(list?.querySelectorAll('option') ?? [])].map((o) => o.value);
    expect(options).toContain('Delivery time');
    expect(options).toContain('Returns');
    expect(new Set(options.map((o) => o.toLowerCase())).size).toBe(options.length);
  });

  it('adds a metric once a metric is chosen and a value entered, and supports custom keys', () => {
    const { doc } = setup();
    fireEvent.click(screen.getByRole('button', { name: 'Add metric' }));
    const row = screen.getByRole('group', { name: 'Metric 1' });
    fireEvent.change(within(row).getByLabelText('Metric type'), { target: { value: 'csat' } });
    expect(touchpoint(doc).metrics).toEqual([]);
    type(within(row).getByLabelText('Metric value'), '8');
    type(within(row).getByLabelText('Metric value'), '82');
    expect(touchpoint(doc).metrics).toEqual([{ key: 'csat', value: 82 }]);
    type(within(row).getByLabelText('Metric target'), '90');
    expect(touchpoint(doc).metrics).toEqual([{ key: 'csat', value: 82, target: 90 }]);

    fireEvent.change(within(row).getByLabelText('Metric type'), { target: { value: 'custom' } });
    const key = within(row).getByLabelText('Custom metric key');
    type(key, 'app-rating');
    expect(touchpoint(doc).metrics[0]?.key).toBe('app-rating');
    type(key, '');
    expect(touchpoint(doc).metrics[0]?.key).toBe('app-rating');
    type(within(row).getByLabelText('Metric value'), '');
    expect(touchpoint(doc).metrics[0]?.value).toBe(82);
    expectValid(doc);
  });

  it('keeps a metric row in custom mode when an earlier row is removed', () => {
    const { doc } = setup(['call']);
    expect(touchpoint(doc, 'call').metrics).toHaveLength(2);
    fireEvent.change(within(screen.getByRole('group', { name: 'Metric 2' })).getByLabelText('Metric type'), { target: { value: 'custom' } });
    fireEvent.click(within(screen.getByRole('group', { name: 'Metric 1' })).getByRole('button', { name: 'Remove metric' }));
    expect(touchpoint(doc, 'call').metrics).toHaveLength(1);
    expect(within(screen.getByRole('group', { name: 'Metric 1' })).getByLabelText('Custom metric key')).toBeTruthy();
  });

  it('sets and clears the emotion, and counts votes', () => {
    const { doc } = setup();
    fireEvent.click(screen.getByRole('button', { name: 'Very negative' }));
    expect(touchpoint(doc).emotion).toBe(-2);
    expect(screen.getByRole('button', { name: 'Very negative' }).getAttribute('aria-pressed')).toBe('true');
    fireEvent.click(screen.getByRole('button', { name: 'Not rated' }));
    expect(touchpoint(doc)).not.toHaveProperty('emotion');

    fireEvent.click(screen.getByRole('button', { name: 'Add a vote' }));
    fireEvent.click(screen.getByRole('button', { name: 'Add a vote' }));
    expect(touchpoint(doc).votes).toBe(2);
    fireEvent.click(screen.getByRole('button', { name: 'Remove a vote' }));
    expect(touchpoint(doc).votes).toBe(1);
    const votes = screen.getByLabelText('Votes');
    type(votes, '-3');
    expect(touchpoint(doc).votes).toBe(1);
    type(votes, '1.5');
    expect(touchpoint(doc).votes).toBe(1);
    type(votes, '12');
    expect(touchpoint(doc).votes).toBe(12);
    type(votes, '0');
    expect(touchpoint(doc)).not.toHaveProperty('votes');
    expectValid(doc);
  });

  it('edits channel, stage, description, pillars, evidence and actions', () => {
    const { doc } = setup();
    fireEvent.change(screen.getByLabelText('Channel'), { target: { value: 'email' } });
    fireEvent.change(screen.getByLabelText('Stage'), { target: { value: 'consider' } });
    expect(touchpoint(doc)).toMatchObject({ channel: 'email', stageId: 'consider' });
    const description = screen.getByLabelText('Description');
    type(description, 'Seen on Instagram');
    expect(touchpoint(doc).description).toBe('Seen on Instagram');
    type(description, '');
    expect(touchpoint(doc)).not.toHaveProperty('description');

    fireEvent.click(screen.getByRole('checkbox', { name: 'Empathy' }));
    expect(touchpoint(doc).pillars).toEqual(['expectations', 'empathy']);

    fireEvent.click(screen.getByRole('button', { name: 'Add quote' }));
    expect(touchpoint(doc).evidence).toEqual([]);
    const evidence = screen.getByRole('group', { name: 'Evidence 1' });
    type(within(evidence).getByLabelText('Customer quote'), 'I thought delivery was free');
    type(within(evidence).getByLabelText('Quote source'), 'Interview 3');
    expect(touchpoint(doc).evidence).toEqual([{ id: expect.any(String), quote: 'I thought delivery was free', source: 'Interview 3' }]);

    fireEvent.click(screen.getByRole('button', { name: 'Add action' }));
    const action = screen.getByRole('group', { name: 'Action 1' });
    fireEvent.change(within(action).getByLabelText('Action status'), { target: { value: 'doing' } });
    expect(touchpoint(doc).actions).toEqual([]);
    type(within(action).getByLabelText('Action text'), 'Align ad copy with delivery terms');
    type(within(action).getByLabelText('Action owner'), 'Marketing');
    type(within(action).getByLabelText('Due date'), '2026-12-15');
    expect(touchpoint(doc).actions).toEqual([
      { id: expect.any(String), text: 'Align ad copy with delivery terms', status: 'doing', owner: 'Marketing', due: '2026-12-15' },
    ]);

    fireEvent.click(screen.getByRole('button', { name: 'Add trust break' }));
    const trust = screen.getByRole('group', { name: 'Trust break 1' });
    fireEvent.change(within(trust).getByLabelText('Trust break kind'), { target: { value: 'hidden-cost' } });
    expect(touchpoint(doc).trustBreaks[0]).toMatchObject({ kind: 'hidden-cost', note: '' });
    expectValid(doc);
  });

  it('puts dir="auto" on every text input and a name on every control', () => {
    setup(['pdp']);
    const panel = screen.getByRole('region', { name: 'Touchpoint details' });
    for (const field of panel.querySelectorAll('input[type="text"], textarea')) expect(field.getAttribute('dir')).toBe('auto');
    for (const control of panel.querySelectorAll('input, textarea, select, button')) {
      const labelled =
        control.hasAttribute('aria-label') ||
        (control.id !== '' && panel.querySelector(`label[for="${CSS.escape(control.id)}"]`) !== null) ||
        control.closest('label') !== null ||
        (control.tagName === 'BUTTON' && (control.textContent ?? '').trim() !== '');
      expect(labelled, control.outerHTML).toBe(true);
    }
  });
});

// Arrows without a mouse (issue 10, item 13): the picker's choices, arrows named by their
// touchpoints' titles, the "C" request, and the details panel's "Leads to" section.
import { act, cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { syncEdges, touchpointTitles } from '../../src/canvas/flowAdapters';
import { addConnection, arrowTargets, setConnectionLabel } from '../../src/model/connections';
import { JourneyMapSchema, type JourneyMap } from '../../src/model/schema';
import { moveTouchpoints, updateTouchpoint } from '../../src/model/touchpoints';
import { EditorProvider } from '../../src/store/context';
import { createMapDocument, type MapDocument } from '../../src/store/mapStore';
import { createUiStore, requestArrowPicker, selectTouchpoints } from '../../src/store/uiStore';
import { Inspector } from '../../src/ui/inspector/Inspector';
import fixture from '../fixtures/online-order.waymark.json';

const map: JourneyMap = JourneyMapSchema.parse(fixture.maps[0]);
const none = new Set<string>();
const ids = (groups: ReturnType<typeof arrowTargets>) => groups.map((g) => [g.stage.id, g.touchpoints.map((tp) => tp.id)]);

describe('arrowTargets', () => {
  it('offers every other touchpoint by stage in journey order, never itself nor one it already leads to', () => {
    // pdp already leads to reviews and checkout.
    expect(ids(arrowTargets(map, 'pdp'))).toEqual([
      ['aware', ['ad']],
      ['buy', ['confirm']],
      ['deliver', ['parcel']],
      ['support', ['call', 'survey']],
    ]);
  });

  it('orders a lane top to bottom, and offers an arrow back against the flow', () => {
    const moved = moveTouchpoints(map, [{ id: 'survey', position: { x: 1280, y: -200 } }]);
    expect(ids(arrowTargets(moved, 'parcel'))).toEqual([
      ['aware', ['ad']],
      ['consider', ['pdp', 'reviews']],
      ['buy', ['checkout', 'confirm']],
      ['support', ['survey']], // parcel -> call exists
    ]);
  });

  it('drops a stage with nothing left to offer, and offers nothing once every arrow is drawn', () => {
    let full = map;
    for (const tp of map.touchpoints) full = addConnection(full, 'ad', tp.id);
    expect(arrowTargets(full, 'ad')).toEqual([]);
    expect(ids(arrowTargets(addConnection(map, 'call', 'parcel'), 'call')).map(([stage]) => stage)).not.toContain('deliver');
  });
});

describe('arrows are named by their touchpoints', () => {
  it('names each arrow by the titles at its ends and its label', () => {
    const edges = syncEdges([], map.connections, none, none, touchpointTitles(map.touchpoints));
    expect(edges.find((e) => e.id === 'c1')?.ariaLabel).toBe('Arrow from Social media ad to Product page');
    expect(edges.find((e) => e.id === 'c2')?.ariaLabel).toBe('Arrow from Product page to Customer reviews: checks');
  });

  it('renames an arrow when a title or its label changes, and keeps the others', () => {
    const before = syncEdges([], map.connections, none, none, touchpointTitles(map.touchpoints));
    const renamed = setConnectionLabel(updateTouchpoint(map, 'ad', { title: 'TikTok ad' }), 'c3', 'buys');
    const after = syncEdges(before, renamed.connections, none, none, touchpointTitles(renamed.touchpoints));
    expect(after.find((e) => e.id === 'c1')?.ariaLabel).toBe('Arrow from TikTok ad to Product page');
    expect(after.find((e) => e.id === 'c3')?.ariaLabel).toBe('Arrow from Product page to Checkout: buys');
    expect(after.find((e) => e.id === 'c4')).toBe(before.find((e) => e.id === 'c4'));
  });
});

describe('"C" on a selected card', () => {
  it('asks for the picker of the one selected card and opens its details', () => {
    const ui = createUiStore();
    expect(requestArrowPicker(ui)).toBe(false);
    selectTouchpoints(ui, ['pdp', 'ad']);
    expect(requestArrowPicker(ui)).toBe(false);
    selectTouchpoints(ui, ['pdp']);
    ui.setState({ panel: 'map' });
    expect(requestArrowPicker(ui)).toBe(true);
    expect(ui.getState()).toMatchObject({ arrowPickerRequest: 'pdp', panel: 'inspector' });
    // Beside the audit, the details open without closing it.
    ui.setState({ panel: 'audit', arrowPickerRequest: null });
    expect(requestArrowPicker(ui)).toBe(true);
    expect(ui.getState().panel).toBe('audit');
    ui.setState({ presenting: true });
    expect(requestArrowPicker(ui)).toBe(false);
  });
});

describe('Leads to, in the details panel', () => {
  afterEach(cleanup);

  function setup(selected = 'pdp') {
    const doc = createMapDocument(map);
    const ui = createUiStore();
    selectTouchpoints(ui, [selected]);
    render(
      <EditorProvider stores={{ doc, ui }}>
        <Inspector />
      </EditorProvider>,
    );
    return { doc, ui, section: screen.getByRole('region', { name: 'Leads to' }) };
  }
  const arrowsFrom = (doc: MapDocument, from: string) => doc.store.getState().map.connections.filter((c) => c.from === from);

  it('lists the outgoing arrows by title and label', () => {
    const { section } = setup();
    expect(within(section).getByRole('group', { name: 'Arrow to Customer reviews' })).toBeTruthy();
    expect((within(section).getByLabelText('Label of the arrow to Customer reviews') as HTMLInputElement).value).toBe('checks');
    expect((within(section).getByLabelText('Label of the arrow to Checkout') as HTMLInputElement).value).toBe('');
  });

  it('adds an arrow to the touchpoint picked, as one undo step, and offers it no more', () => {
    const { doc, section } = setup();
    const picker = within(section).getByLabelText('Add arrow to…') as HTMLSelectElement;
    const add = within(section).getByRole('button', { name: 'Add arrow' }) as HTMLButtonElement;
    expect(add.disabled).toBe(true);
    const offered = [...picker.querySelectorAll('option:not([disabled])')].map((o) => o.textContent);
    expect(offered).toEqual(['Social media ad', 'Order confirmation email', 'Parcel arrives', 'Call centre', 'Satisfaction survey']);
    expect([...picker.querySelectorAll('optgroup')].map((g) => g.label)).toEqual(['Awareness', 'Purchase', 'Delivery', 'Support']);

    // Choosing alone draws nothing (moving through the options with the arrow keys must not).
    fireEvent.change(picker, { target: { value: 'call' } });
    expect(arrowsFrom(doc, 'pdp')).toHaveLength(2);
    fireEvent.keyDown(picker, { key: 'Enter' });
    expect(arrowsFrom(doc, 'pdp').map((c) => c.to)).toEqual(['reviews', 'checkout', 'call']);
    expect(doc.history.getState().canUndo).toBe(true);
    expect(screen.getByRole('status').textContent).toBe('Arrow to Call centre added.');
    expect(picker.value).toBe('');
    expect(document.activeElement).toBe(picker);
    expect([...picker.options].map((o) => o.value)).not.toContain('call');
    expect(within(section).getByRole('group', { name: 'Arrow to Call centre' })).toBeTruthy();

    act(() => doc.undo());
    expect(arrowsFrom(doc, 'pdp')).toHaveLength(2);
    expect(doc.history.getState().canUndo).toBe(false);
  });

  it('edits a label as one undo step and removes an arrow', () => {
    const { doc, section } = setup();
    const label = within(section).getByLabelText('Label of the arrow to Checkout');
    fireEvent.focus(label);
    fireEvent.change(label, { target: { value: 'b' } });
    fireEvent.change(label, { target: { value: 'buys ' } });
    fireEvent.change(label, { target: { value: 'buys now' } });
    fireEvent.blur(label);
    expect(arrowsFrom(doc, 'pdp').find((c) => c.to === 'checkout')?.label).toBe('buys now');
    let steps = 0;
    act(() => {
      for (; doc.history.getState().canUndo; steps++) doc.undo();
      for (let i = 0; i < steps; i++) doc.redo();
    });
    expect(steps).toBe(1);

    fireEvent.click(within(section).getByRole('button', { name: 'Remove the arrow to Customer reviews' }));
    expect(arrowsFrom(doc, 'pdp').map((c) => c.to)).toEqual(['checkout']);
    expect(document.activeElement).toBe(within(section).getByLabelText('Add arrow to…'));
  });

  it('focuses the picker when "C" asks for it', () => {
    const { ui, section } = setup();
    act(() => {
      requestArrowPicker(ui);
    });
    expect(document.activeElement).toBe(within(section).getByLabelText('Add arrow to…'));
    expect(ui.getState().arrowPickerRequest).toBeNull();
  });
});

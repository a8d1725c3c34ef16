// Duplicate puts the copy down and along the journey from its original, as the user sees it:
// to the right when the map runs left to right, to the left when it runs right to left.
import { afterEach, describe, expect, it } from 'vitest';
import { useLocaleStore } from '../../src/i18n/locale';
import { setMapFlow } from '../../src/model/maps';
import { duplicateSelection } from '../../src/store/commands';
import { createMapDocument } from '../../src/store/mapStore';
import { createUiStore, selectTouchpoints } from '../../src/store/uiStore';
import { onlineOrderMap } from './docHelpers';

afterEach(() => useLocaleStore.setState({ locale: 'en' }));

function duplicateFirst(flow: 'ltr' | 'rtl' | undefined) {
  const doc = createMapDocument(setMapFlow(onlineOrderMap(), flow));
  const ui = createUiStore();
  const original = doc.store.getState().map.touchpoints[0]!;
  selectTouchpoints(ui, [original.id]);
  duplicateSelection({ doc, ui });
  const copyId = [...ui.getState().selectedTouchpoints][0];
  const copy = doc.store.getState().map.touchpoints.find((tp) => tp.id === copyId)!;
  return { dx: copy.position.x - original.position.x, dy: copy.position.y - original.position.y };
}

describe('duplicate', () => {
  it('offsets the copy to the right in a left-to-right map', () => {
    expect(duplicateFirst('ltr')).toEqual({ dx: 32, dy: 32 });
  });

  it('offsets it to the left on screen (stored x smaller) in a right-to-left map', () => {
    expect(duplicateFirst('rtl')).toEqual({ dx: -32, dy: 32 });
  });

  it('follows the interface language when the map leaves the direction to it', () => {
    useLocaleStore.setState({ locale: 'fa' });
    expect(duplicateFirst(undefined)).toEqual({ dx: -32, dy: 32 });
  });
});

// Review findings (issue 15): addresses that cannot be decoded name no map, and leaving a map
// whose writes fail is held (and asked about) until everything is saved again.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { act, cleanup, fireEvent, render, screen } from '@testing-library/react';
import { mapHref, parseRoute } from '../../src/app/useHashRoute';
import type { SaveStatus } from '../../src/persistence/docWriter';
import { useLeaveUnsaved } from '../../src/ui/editor/LeaveUnsaved';

afterEach(() => cleanup());

describe('parseRoute', () => {
  it('reads the library and a map, whatever its id holds', () => {
    expect(parseRoute('')).toEqual({ screen: 'library' });
    expect(parseRoute('#/')).toEqual({ screen: 'library' });
    for (const id of ['online-order', 'ก ข/%?#', '%E0%A4%A']) expect(parseRoute(mapHref(id))).toEqual({ screen: 'map', mapId: id });
  });

  it('gives an address that cannot be decoded a route of its own instead of throwing', () => {
    expect(() => decodeURIComponent('%E0%A4%A')).toThrow(URIError);
    expect(parseRoute('#/map/%E0%A4%A')).toEqual({ screen: 'not-found' });
    expect(parseRoute('#/map/%')).toEqual({ screen: 'not-found' });
  });
});

const failed: SaveStatus = { state: 'failed', problem: { kind: 'quota', message: 'Storage is full' } as never, retryAt: 0 };
const saving: SaveStatus = { state: 'saving' };
const saved: SaveStatus = { state: 'saved', records: 2 };

function Harness({ status }: { status: SaveStatus }) {
  const leave = useLeaveUnsaved(status);
  return (
    <div>
      <a href="#/">All maps</a>
      <output data-testid="asking">{leave.leavingTo ?? 'nothing'}</output>
      <button type="button" onClick={leave.stay}>Stay</button>
    </div>
  );
}

/** Clicks the link as a person does; false when the click was held (its default prevented). */
function followLink(): boolean {
  return fireEvent.click(screen.getByRole('link', { name: 'All maps' }));
}

describe('useLeaveUnsaved', () => {
  // The editor is open on a map.
  beforeEach(() => {
    window.location.hash = mapHref('online-order');
  });

  it('lets the user leave while everything is saved', () => {
    render(<Harness status={saved} />);
    expect(followLink()).toBe(true);
    expect(screen.getByTestId('asking').textContent).toBe('nothing');
  });

  it('holds leaving while writes fail, also during a retry, and asks where the user was going', () => {
    const { rerender } = render(<Harness status={saved} />);
    rerender(<Harness status={failed} />);
    expect(followLink()).toBe(false);
    expect(screen.getByTestId('asking').textContent).toBe('#/');

    // A retry under way does not close the question, nor let the user slip out.
    rerender(<Harness status={saving} />);
    expect(screen.getByTestId('asking').textContent).toBe('#/');
    act(() => screen.getByRole('button', { name: 'Stay' }).click());
    expect(screen.getByTestId('asking').textContent).toBe('nothing');
    expect(followLink()).toBe(false);
    rerender(<Harness status={failed} />);
    expect(screen.getByTestId('asking').textContent).toBe('#/');
  });

  it('stops asking once everything is saved, and does not ask again unprompted after a later failure', () => {
    const { rerender } = render(<Harness status={failed} />);
    expect(followLink()).toBe(false);
    rerender(<Harness status={saved} />);
    expect(screen.getByTestId('asking').textContent).toBe('nothing');
    expect(followLink()).toBe(true);
    rerender(<Harness status={failed} />);
    expect(screen.getByTestId('asking').textContent).toBe('nothing');
  });

  it('warns before the tab closes while writes fail or are under way', () => {
    const closing = () => {
      const event = new Event('beforeunload', { cancelable: true });
      window.dispatchEvent(event);
      return event.defaultPrevented;
    };
    const { rerender } = render(<Harness status={saved} />);
    expect(closing()).toBe(false);
    rerender(<Harness status={saving} />);
    expect(closing()).toBe(true);
    rerender(<Harness status={saved} />);
    expect(closing()).toBe(false);
    rerender(<Harness status={failed} />);
    expect(closing()).toBe(true);
  });
});

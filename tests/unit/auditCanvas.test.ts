import { describe, expect, it } from 'vitest';
import onlineText from '../fixtures/online-order.waymark.json?raw';
import { auditMap, auditMarks, FINDING_KINDS, type FindingKind } from '../../src/audit';
import { syncNodes, type TouchpointNode } from '../../src/canvas/flowAdapters';
import { DocumentSchema, type JourneyMap } from '../../src/model/schema';
import { updateTouchpoint } from '../../src/model/touchpoints';
import { createUiStore, focusTouchpoints, selectTouchpoints } from '../../src/store/uiStore';
import { felt, mapOf, say } from './auditHelpers';

const example = DocumentSchema.parse(JSON.parse(onlineText)).maps[0] as JourneyMap;
/**
 * The online-order example with the checkout's reading of "5-7 working days" dismissed
 * (`readPromise: false`): the checkout is then the one touchpoint with no finding.
 */
const online = updateTouchpoint(example, 'checkout', {
  expectations: (example.touchpoints.find((t) => t.id === 'checkout')?.expectations ?? []).map((e) => ({ ...e, readPromise: false })),
});
const none = new Set<string>();
const node = (nodes: ReturnType<typeof syncNodes>, id: string) => nodes.find((n) => n.id === id) as TouchpointNode;

describe('audit marks on the canvas', () => {
  it('marks touchpoints with findings, and dims the others only when highlighting', () => {
    const audit = auditMap(online);
    const marks = auditMarks(audit, null);
    expect(marks.get('parcel')).toEqual({ kinds: ['broken-promise', 'silent', 'uncovered-pain'], dimmed: false });
    expect(marks.has('checkout')).toBe(false);
    const highlighted = auditMarks(audit, new Set(FINDING_KINDS));
    expect(highlighted.get('checkout')).toEqual({ kinds: [], dimmed: true });
    expect(highlighted.get('parcel')?.dimmed).toBe(false);
    // The parcel, where the promise was broken, and the ad and the email that made it.
    const brokenOnly = auditMarks(audit, new Set(['broken-promise'] as const));
    expect([...brokenOnly].filter(([, mark]) => !mark.dimmed).map(([id]) => id)).toEqual(['ad', 'confirm', 'parcel']);
  });

  it('keeps every touchpoint that takes part in a finding lit: each side of a conflict, and who made a broken promise', () => {
    const map = mapOf(
      { id: 'ad', expectations: [say('Delivery', 'Delivered within 2 days')] },
      { id: 'pdp', expectations: [say('Delivery', 'Ships in 5 working days')] },
      { id: 'mail', expectations: [say('Refund', 'Refund within 3 days', 3, 'days')] },
      { id: 'bank', stageId: 's2', expectations: [say('Other', 'Hello')], experiences: [felt('Refund', 6, 'days')] },
      { id: 'quiet', stageId: 's3', expectations: [say('Other', 'Hello')] },
    );
    const audit = auditMap(map);
    const lit = (kinds: readonly FindingKind[]) => [...auditMarks(audit, new Set(kinds))].filter(([, mark]) => !mark.dimmed).map(([id]) => id);
    expect(lit(['conflict'])).toEqual(['ad', 'pdp']);
    expect(lit(['broken-promise'])).toEqual(['mail', 'bank']);
    expect(lit([...FINDING_KINDS])).toEqual(['ad', 'pdp', 'mail', 'bank']);
    expect(auditMarks(audit, new Set(FINDING_KINDS)).get('quiet')).toEqual({ kinds: [], dimmed: true });
    // The card that made the promise carries the mark of the broken promise too.
    expect(auditMarks(audit, null).get('mail')).toEqual({ kinds: ['broken-promise'], dimmed: false });
  });

  it('walks a promise made at thousands of touchpoints once, however often it was broken', () => {
    const map = mapOf(
      ...Array.from({ length: 2500 }, (_, i) => ({ id: `p${i}`, expectations: [say('Wait', 'Answered within 5 minutes')] })),
      ...Array.from({ length: 2500 }, (_, i) => ({ id: `x${i}`, expectations: [say('Other', 'Hi')], experiences: [felt('Wait', 10 + (i % 7), 'minutes')] })),
    );
    const start = performance.now();
    const audit = auditMap(map);
    expect(performance.now() - start).toBeLessThan(1000);
    expect(audit.kindsByTouchpoint.get('p2499')).toEqual(['broken-promise']);
    expect(audit.counts['broken-promise']).toBe(2500);
  });

  it('marks the checkout of the example as conflicting when its "5-7 working days" is read from the text', () => {
    expect(auditMarks(auditMap(example), null).get('checkout')).toEqual({ kinds: ['conflict'], dimmed: false });
  });

  it('gives equal marks the same object, so unchanged nodes keep their identity after an edit', () => {
    const before = syncNodes([], online, none, auditMarks(auditMap(online), null));
    const edited = updateTouchpoint(online, 'checkout', { title: 'Pay' });
    const after = syncNodes(before, edited, none, auditMarks(auditMap(edited), null));
    expect(node(after, 'parcel')).toBe(node(before, 'parcel'));
    expect(node(after, 'checkout')).not.toBe(node(before, 'checkout'));
    expect(node(after, 'parcel').data.audit?.kinds).toEqual(['broken-promise', 'silent', 'uncovered-pain']);
    // Nothing changed at all: the same array comes back.
    expect(syncNodes(after, edited, none, auditMarks(auditMap(edited), null))).toBe(after);
  });

  it('replaces only the nodes whose mark changed when the highlight is turned on', () => {
    const audit = auditMap(online);
    const before = syncNodes([], online, none, auditMarks(audit, null));
    const after = syncNodes(before, online, none, auditMarks(audit, new Set(FINDING_KINDS)));
    expect(node(after, 'checkout')).not.toBe(node(before, 'checkout'));
    expect(node(after, 'checkout').data.audit?.dimmed).toBe(true);
    expect(after.filter((n, i) => n !== before[i]).map((n) => n.id)).toEqual(['checkout']);
  });
});

describe('selection from the audit', () => {
  it('keeps the audit open when one touchpoint is selected, and asks the canvas to centre on it', () => {
    const ui = createUiStore();
    ui.setState({ panel: 'audit' });
    focusTouchpoints(ui, ['parcel']);
    expect(ui.getState().panel).toBe('audit');
    expect([...ui.getState().selectedTouchpoints]).toEqual(['parcel']);
    expect(ui.getState().focusRequest).toEqual({ ids: ['parcel'], seq: 1 });
    focusTouchpoints(ui, ['parcel']);
    expect(ui.getState().focusRequest?.seq).toBe(2); // the same finding clicked again centres again
    selectTouchpoints(ui, []);
    expect(ui.getState().panel).toBe('audit');
    ui.setState({ panel: null });
    selectTouchpoints(ui, ['ad']);
    expect(ui.getState().panel).toBe('inspector');
  });
});

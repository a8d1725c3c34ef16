import { Position } from '@xyflow/react';
import { describe, expect, it } from 'vitest';
import { detouredConnections, detourPath, edgeAnchors } from '../../src/canvas/edgeGeometry';

const card = (x: number, y: number) => ({ x, y, width: 240, height: 90 });

describe('edgeAnchors', () => {
  it('joins cards in neighbouring lanes side to side', () => {
    const a = edgeAnchors(card(0, 0), card(320, 180));
    expect([a.sourcePosition, a.targetPosition]).toEqual([Position.Right, Position.Left]);
    expect([a.sx, a.sy, a.tx, a.ty]).toEqual([240, 45, 320, 225]);
  });

  it('joins a card to one below it in the same lane from bottom to top', () => {
    const a = edgeAnchors(card(320, 0), card(330, 180));
    expect([a.sourcePosition, a.targetPosition]).toEqual([Position.Bottom, Position.Top]);
    expect([a.sy, a.ty]).toEqual([90, 180]);
  });

  it('goes upwards when the target is above in the same lane', () => {
    const a = edgeAnchors(card(0, 300), card(0, 0));
    expect([a.sourcePosition, a.targetPosition]).toEqual([Position.Top, Position.Bottom]);
  });

  it('leaves from the left when the arrow goes back to an earlier lane', () => {
    const a = edgeAnchors(card(640, 0), card(0, 0));
    expect([a.sourcePosition, a.targetPosition]).toEqual([Position.Left, Position.Right]);
    expect([a.sx, a.tx]).toEqual([640, 240]);
  });
});

describe('detouredConnections', () => {
  const card = (id: string, x: number, y: number) => ({ id, position: { x, y } });
  const column = [card('a', 0, 0), card('b', 0, 150), card('c', 0, 300), card('side', 320, 150)];

  it('sends an arrow round a card between its ends in one column', () => {
    expect(detouredConnections(column, [{ id: 'ac', from: 'a', to: 'c' }], 240, 120)).toEqual(new Set(['ac']));
    expect(detouredConnections(column, [{ id: 'ca', from: 'c', to: 'a' }], 240, 120)).toEqual(new Set(['ca']));
  });

  it('leaves arrows between neighbours and between lanes as they are', () => {
    const connections = [{ id: 'ab', from: 'a', to: 'b' }, { id: 'bc', from: 'b', to: 'c' }, { id: 'a-side', from: 'a', to: 'side' }];
    expect(detouredConnections(column, connections, 240, 120)).toEqual(new Set());
  });

  it('goes out of the right side and back into the right side', () => {
    const { path } = detourPath({ x: 0, y: 0, width: 240, height: 100 }, { x: 0, y: 300, width: 240, height: 100 }, 56);
    expect(path).toBe('M 240 50 C 296 50, 296 350, 240 350');
  });
});

import { Position } from '@xyflow/react';
import { describe, expect, it } from 'vitest';
import { edgeAnchors } from '../../src/canvas/edgeGeometry';

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

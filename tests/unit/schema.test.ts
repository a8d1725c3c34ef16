import { describe, expect, it } from 'vitest';
import onlineOrderText from '../fixtures/online-order.waymark.json?raw';
import clinicText from '../fixtures/clinic-visit-th.waymark.json?raw';
import { DocumentSchema, JourneyMapSchema, TouchpointSchema } from '../../src/model/schema';

type Json = Record<string, any>;

const fixtures = { 'online-order': onlineOrderText, 'clinic-visit-th': clinicText };

/** A fresh, mutable copy of a fixture document for each test. */
function fixture(name: keyof typeof fixtures = 'online-order'): Json {
  return JSON.parse(fixtures[name]) as Json;
}

function firstMap(document: Json): Json {
  return document.maps[0] as Json;
}

function minimalTouchpoint(): Json {
  return { id: 't1', stageId: 's1', title: 'Visit the shop', channel: 'store', position: { x: 0, y: 0 } };
}

function minimalMap(): Json {
  return {
    id: 'm1',
    title: 'A journey',
    createdAt: '2026-11-23T10:00:00.000Z',
    updatedAt: '2026-11-23T10:00:00.000Z',
    stages: [{ id: 's1', name: 'Awareness' }],
    touchpoints: [minimalTouchpoint()],
    connections: [],
  };
}

/** The issue paths of a failed parse, joined with dots, so tests can say where the error is. */
function issuePaths(result: { success: boolean; error?: { issues: { path: PropertyKey[] }[] } }): string[] {
  return (result.error?.issues ?? []).map((issue) => issue.path.map(String).join('.'));
}

describe('DocumentSchema on the example files', () => {
  it.each(Object.keys(fixtures) as (keyof typeof fixtures)[])('parses %s', (name) => {
    const raw = fixture(name);
    const result = DocumentSchema.safeParse(raw);
    expect(result.success).toBe(true);
    if (!result.success) return;
    const map = result.data.maps[0];
    expect(map?.id).toBe(firstMap(raw).id);
    expect(map?.title).toBe(firstMap(raw).title);
    expect(map?.stages).toHaveLength(firstMap(raw).stages.length);
    expect(map?.touchpoints).toHaveLength(firstMap(raw).touchpoints.length);
    expect(map?.connections).toHaveLength(firstMap(raw).connections.length);
  });

  it('keeps Thai text exactly as written', () => {
    const raw = fixture('clinic-visit-th');
    const result = DocumentSchema.parse(raw);
    expect(result.maps[0]?.title).toBe(firstMap(raw).title);
    expect(result.maps[0]?.title).toMatch(/[\u0E00-\u0E7F]/);
  });
});

describe('defaults and unknown fields', () => {
  it('gives a touchpoint without its optional lists an empty list for each', () => {
    const parsed = TouchpointSchema.parse(minimalTouchpoint());
    for (const list of ['friction', 'trustBreaks', 'expectations', 'experiences', 'metrics', 'pillars', 'evidence', 'actions'] as const) {
      expect(parsed[list], list).toEqual([]);
    }
    expect(parsed.emotion).toBeUndefined();
    expect(parsed.votes).toBeUndefined();
  });

  it('fills in the lists of touchpoints inside a whole document', () => {
    const document = { format: 'waymark', version: 1, exportedAt: '2026-11-23T10:00:00.000Z', maps: [minimalMap()] };
    const parsed = DocumentSchema.parse(document);
    expect(parsed.maps[0]?.touchpoints[0]?.friction).toEqual([]);
    expect(parsed.maps[0]?.touchpoints[0]?.actions).toEqual([]);
  });

  it('drops unknown fields at every level', () => {
    const raw = fixture();
    raw.generator = 'some other tool';
    const map = firstMap(raw);
    map.colourScheme = 'dark';
    map.stages[0].icon = 'star';
    map.touchpoints[0].secret = 42;
    map.touchpoints[0].position.z = 3;
    map.connections[0].weight = 2;
    const parsed = DocumentSchema.parse(raw);
    const parsedMap = parsed.maps[0]!;
    expect(parsed).not.toHaveProperty('generator');
    expect(parsedMap).not.toHaveProperty('colourScheme');
    expect(parsedMap.stages[0]).not.toHaveProperty('icon');
    expect(parsedMap.touchpoints[0]).not.toHaveProperty('secret');
    expect(parsedMap.touchpoints[0]?.position).toEqual({ x: map.touchpoints[0].position.x, y: map.touchpoints[0].position.y });
    expect(parsedMap.connections[0]).not.toHaveProperty('weight');
  });
});

describe('rejections', () => {
  it.each([3, -3, 1.5])('rejects emotion %s', (emotion) => {
    const result = TouchpointSchema.safeParse({ ...minimalTouchpoint(), emotion });
    expect(result.success).toBe(false);
    expect(issuePaths(result)).toEqual(['emotion']);
  });

  it.each([-2, 0, 2])('accepts emotion %s', (emotion) => {
    expect(TouchpointSchema.safeParse({ ...minimalTouchpoint(), emotion }).success).toBe(true);
  });

  it.each(['red', '#fff', '#12345g', '4f7cff', '#4f7cff0'])('rejects the stage colour %j', (color) => {
    const map = minimalMap();
    map.stages[0].color = color;
    const result = JourneyMapSchema.safeParse(map);
    expect(result.success).toBe(false);
    expect(issuePaths(result)).toEqual(['stages.0.color']);
  });

  it('accepts a #rrggbb stage colour in either case', () => {
    const map = minimalMap();
    map.stages = [{ id: 's1', name: 'A', color: '#4F7cff' }];
    expect(JourneyMapSchema.safeParse(map).success).toBe(true);
  });

  it.each(['2026-13-01', '2026-02-30', '1 March 2026', '2026-3-1'])('rejects the due date %j', (due) => {
    const touchpoint = { ...minimalTouchpoint(), actions: [{ id: 'a1', text: 'Call back', status: 'open', due }] };
    const result = TouchpointSchema.safeParse(touchpoint);
    expect(result.success).toBe(false);
    expect(issuePaths(result)).toEqual(['actions.0.due']);
  });

  it('accepts a YYYY-MM-DD due date', () => {
    const touchpoint = { ...minimalTouchpoint(), actions: [{ id: 'a1', text: 'Call back', status: 'open', due: '2026-02-28' }] };
    expect(TouchpointSchema.safeParse(touchpoint).success).toBe(true);
  });

  it('rejects a map without stages', () => {
    const map = minimalMap();
    map.stages = [];
    map.touchpoints = [];
    const result = JourneyMapSchema.safeParse(map);
    expect(result.success).toBe(false);
    expect(issuePaths(result)).toEqual(['stages']);
  });

  it('rejects a document whose map has no stages', () => {
    const raw = fixture();
    firstMap(raw).stages = [];
    expect(DocumentSchema.safeParse(raw).success).toBe(false);
  });

  it.each([
    ['position x', (t: Json) => { t.position.x = '10'; }, 'position.x'],
    ['position y', (t: Json) => { t.position.y = '0'; }, 'position.y'],
    ['emotion', (t: Json) => { t.emotion = '1'; }, 'emotion'],
    ['votes', (t: Json) => { t.votes = '3'; }, 'votes'],
    ['metric value', (t: Json) => { t.metrics = [{ key: 'nps', value: '40' }]; }, 'metrics.0.value'],
  ] as const)('rejects a number given as a string (%s)', (_what, spoil, path) => {
    const touchpoint = minimalTouchpoint();
    spoil(touchpoint);
    const result = TouchpointSchema.safeParse(touchpoint);
    expect(result.success).toBe(false);
    expect(issuePaths(result)).toEqual([path]);
  });

  it('rejects the version given as a string', () => {
    const raw = fixture();
    raw.version = '1';
    expect(DocumentSchema.safeParse(raw).success).toBe(false);
  });

  it('rejects a non-finite position', () => {
    const touchpoint = minimalTouchpoint();
    touchpoint.position.x = Number.POSITIVE_INFINITY;
    expect(TouchpointSchema.safeParse(touchpoint).success).toBe(false);
  });
});

// Sharing live: the join link (format, parsing, what a bad link lacks), room keys, server
// addresses, presence read from other people's browsers, and a change from the server that fails
// validation (the map keeps its last good state).
import { describe, expect, it, vi } from 'vitest';
import * as Y from 'yjs';
import { createMapDocument } from '../../src/store/mapStore';
import { TOUCHPOINT_SHAPE } from '../../src/doc/layout';
import { base64url, isRoomKey, joinHash, joinLink, newRoomKey, normaliseServer, parseJoinQuery } from '../../src/sync/liveLink';
import { liveStatusOf } from '../../src/sync/liveSession';
import { cleanName, cssString, initials, isPresenceColour, pickColour, PRESENCE_COLOURS, presenceCss, readPresence } from '../../src/sync/presence';
import { markRemoteOrigin } from '../../src/sync/remoteOrigins';
import { onlineOrderMap, replicaOf } from './docHelpers';

describe('room keys', () => {
  it('are 128 random bits in base64url (22 characters), different every time', () => {
    const key = newRoomKey();
    expect(key).toMatch(/^[A-Za-z0-9_-]{22}$/);
    expect(isRoomKey(key)).toBe(true);
    expect(new Set(Array.from({ length: 50 }, () => newRoomKey())).size).toBe(50);
  });

  it('use every byte given by the random source', () => {
    const key = newRoomKey((bytes) => bytes.fill(255));
    expect(key).toBe(base64url(new Uint8Array(16).fill(255)));
    expect(key).toBe('_____________________w');
  });

  it('refuses short or foreign keys', () => {
    expect(isRoomKey('abc')).toBe(false);
    expect(isRoomKey('a'.repeat(21))).toBe(false);
    expect(isRoomKey(`${'a'.repeat(22)}=`)).toBe(false);
    expect(isRoomKey('a+b/'.repeat(6))).toBe(false);
  });
});

describe('server addresses', () => {
  it('keeps ws: and wss: URLs without a trailing slash', () => {
    expect(normaliseServer('ws://127.0.0.1:1234')).toBe('ws://127.0.0.1:1234');
    expect(normaliseServer(' wss://collab.example.org/ ')).toBe('wss://collab.example.org');
    expect(normaliseServer('wss://collab.example.org/rooms')).toBe('wss://collab.example.org/rooms');
  });

  it('gives an address without scheme ws: on loopback and wss: elsewhere; http(s) becomes ws(s)', () => {
    expect(normaliseServer('127.0.0.1:1234')).toBe('ws://127.0.0.1:1234');
    expect(normaliseServer('localhost:1234')).toBe('ws://localhost:1234');
    expect(normaliseServer('collab.example.org')).toBe('wss://collab.example.org');
    expect(normaliseServer('https://collab.example.org')).toBe('wss://collab.example.org');
    expect(normaliseServer('http://10.0.0.5:1234')).toBe('ws://10.0.0.5:1234');
  });

  it('refuses what is not a WebSocket server address', () => {
    for (const bad of ['', '   ', 'ftp://example.org', 'ws://', 'ws://user:pw@example.org', 'ws://example.org/?a=1', 'ws://example.org/#x', 'javascript:alert(1)']) {
      expect(normaliseServer(bad), bad).toBeNull();
    }
  });
});

describe('join links', () => {
  const link = { server: 'ws://127.0.0.1:1234', mapId: 'map-1_x', key: newRoomKey() };

  it('carry server, map and key in the hash, and read back the same', () => {
    const hash = joinHash(link);
    expect(hash.startsWith('#/join?')).toBe(true);
    const full = joinLink('https://waymark.example/app/#/map/map-1_x', link);
    expect(full.startsWith('https://waymark.example/app/#/join?')).toBe(true);
    const url = new URL(full);
    // Nothing of the share reaches an HTTP server: it is all after '#'.
    expect(url.search).toBe('');
    expect(parseJoinQuery(url.hash.replace(/^#\/join\?/, ''))).toEqual({ ok: true, link });
  });

  it('says every part a link lacks or gets wrong', () => {
    expect(parseJoinQuery('')).toEqual({ ok: false, problems: ['no-server', 'no-map', 'no-key'] });
    expect(parseJoinQuery('server=ftp%3A%2F%2Fx&map=a%20b&key=short')).toEqual({ ok: false, problems: ['bad-server', 'bad-map', 'bad-key'] });
    expect(parseJoinQuery(`server=ws%3A%2F%2Fh%3A1&map=m&key=`)).toEqual({ ok: false, problems: ['no-key'] });
  });
});

describe('presence', () => {
  it('picks colours from the palette only', () => {
    expect(isPresenceColour(pickColour(() => 0.99))).toBe(true);
    expect(pickColour(() => 0)).toBe(PRESENCE_COLOURS[0]);
    expect(isPresenceColour('red')).toBe(false);
    expect(isPresenceColour('#2563eb;}body{display:none')).toBe(false);
  });

  it('names and initials', () => {
    expect(cleanName('  Ana   María  ')).toBe('Ana María');
    expect([...cleanName('x'.repeat(100))]).toHaveLength(40);
    expect(initials('ana maría lópez')).toBe('AM');
    expect(initials('สมชาย')).toBe('ส');
    expect(initials('')).toBe('?');
  });

  it('reads other people’s awareness states defensively', () => {
    expect(readPresence(1, null)).toBeNull();
    expect(readPresence(1, { user: { name: '  ' } })).toBeNull();
    const peer = readPresence(7, {
      user: { name: ' Bo ', colour: 'url(https://evil)' },
      selection: ['a', 3, '', 'b'],
      drag: [{ id: 'a', x: 1, y: 2 }, { id: 'b', x: Number.NaN, y: 0 }, 'c'],
    });
    expect(peer).toEqual({ clientId: 7, user: { name: 'Bo', colour: PRESENCE_COLOURS[0] }, selection: ['a', 'b'], drag: [{ id: 'a', x: 1, y: 2 }] });
  });

  it('writes CSS in which names and ids cannot break out of their strings', () => {
    expect(cssString('a"b\\c')).toBe('"a\\22 b\\5c c"');
    const css = presenceCss('.editor-canvas', [
      { clientId: 2, user: { name: 'Eve"}*{display:none}', colour: '#2563eb' }, selection: ['tp"]{x'], drag: [{ id: 'tp1', x: 10.4, y: -3 }] },
    ]);
    expect(css).toContain('outline:3px solid #2563eb');
    expect(css).toContain('transform:translate(10px,-3px)!important');
    expect(css).not.toContain('"}');
    expect(css).not.toMatch(/display:none\}/);
  });
});

describe('live status', () => {
  it('is connected only once synced with nothing unsent', () => {
    expect(liveStatusOf('never', false, 0, true)).toEqual({ state: 'connecting' });
    expect(liveStatusOf('connected' as never, false, 1, true)).toEqual({ state: 'syncing' });
    expect(liveStatusOf('connected' as never, true, 2, true)).toEqual({ state: 'syncing' });
    expect(liveStatusOf('connected' as never, true, 0, true)).toEqual({ state: 'connected' });
    expect(liveStatusOf('disconnected' as never, true, 0, true)).toEqual({ state: 'offline' });
    expect(liveStatusOf('connected' as never, true, 0, false)).toEqual({ state: 'offline' });
  });
});

describe('a change from the server that fails validation', () => {
  it('is refused: the map keeps its last good state, in the store and in the document, and the user is told', () => {
    const onRejected = vi.fn();
    const doc = createMapDocument(onlineOrderMap(), { onRejected });
    const before = doc.store.getState().map;
    const server = { name: 'server' };
    markRemoteOrigin(server);
    // Another person's client writes a title that is not text, and a field that does not exist.
    const other = replicaOf(doc.ydoc);
    const touchpoint = other.getArray<Y.Map<unknown>>('touchpoints').get(0);
    expect(TOUCHPOINT_SHAPE.fields).toContain('title');
    const sv = Y.encodeStateVector(doc.ydoc);
    other.transact(() => touchpoint.set('title', 42));
    Y.applyUpdate(doc.ydoc, Y.encodeStateAsUpdate(other, sv), server);
    expect(onRejected).toHaveBeenCalledTimes(1);
    expect(onRejected.mock.calls[0]?.[0]).toMatchObject({ kind: 'invalid' });
    expect(doc.store.getState().map).toEqual(before);
    // The document itself is back to the last good map (what is stored and shown after a reload).
    expect(createMapDocument(replicaOf(doc.ydoc)).store.getState().map.touchpoints[0]?.title).toBe(before.touchpoints[0]?.title);
    // A valid change from the server afterwards is shown as usual.
    const sv2 = Y.encodeStateVector(other);
    Y.applyUpdate(other, Y.encodeStateAsUpdate(doc.ydoc, sv2));
    const sv3 = Y.encodeStateVector(doc.ydoc);
    other.transact(() => other.getArray<Y.Map<unknown>>('touchpoints').get(0).set('description', 'From the server'));
    Y.applyUpdate(doc.ydoc, Y.encodeStateAsUpdate(other, sv3), server);
    expect(doc.store.getState().map.touchpoints[0]?.description).toBe('From the server');
    expect(onRejected).toHaveBeenCalledTimes(1);
  });

  it('from another tab is not validated here (the other tab made it through the same editor)', () => {
    const onRejected = vi.fn();
    const doc = createMapDocument(onlineOrderMap(), { onRejected });
    const other = replicaOf(doc.ydoc);
    other.getArray<Y.Map<unknown>>('touchpoints').get(0).set('description', 'From a tab');
    Y.applyUpdate(doc.ydoc, Y.encodeStateAsUpdate(other), { name: 'other tab' });
    expect(doc.store.getState().map.touchpoints[0]?.description).toBe('From a tab');
    expect(onRejected).not.toHaveBeenCalled();
  });
});

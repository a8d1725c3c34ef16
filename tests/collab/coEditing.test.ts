// @vitest-environment node
// The collaboration server end to end: real server processes (node server/main.mjs), real
// @hocuspocus/provider clients, a real redis-server. Each test waits for conditions, never for
// a fixed time, and stops what it started even when it fails.
import { afterEach, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { generateMap } from '../../bench/generateMap';
import { mapRoots } from '../../src/doc/layout';
import { writeWholeMap } from '../../src/doc/writeMap';
import { FORMAT_VERSION } from '../../src/model/schema';
import { Cleanup, connectClient, newRoomKey, startRedis, startServer, tempDir, waitFor, type Client } from './harness';

const cleanup = new Cleanup();
afterEach(() => cleanup.run(), 60_000);

/** A Waymark map's document (the layout src/doc writes), as the first client brings it. */
function waymarkDoc(): Y.Doc {
  const doc = new Y.Doc();
  writeWholeMap(doc, generateMap({ touchpoints: 6, stages: 3, seed: 7 }), FORMAT_VERSION);
  return doc;
}

const firstTouchpoint = (doc: Y.Doc) => mapRoots(doc).touchpoints.get(0);
const titleOf = (client: Client) => firstTouchpoint(client.doc)?.get('title');
const descriptionOf = (client: Client) => firstTouchpoint(client.doc)?.get('description');

describe('co-editing server', { timeout: 120_000 }, () => {
  it('two clients edit different fields of one touchpoint and both see both edits', async () => {
    const server = await startServer(cleanup, { DATA_DIR: tempDir(cleanup) });
    const key = newRoomKey();
    const alice = connectClient(cleanup, server.url, 'map-fields', key, waymarkDoc());
    await waitFor(alice.inSync, 'the first client to sync its map');
    const bob = connectClient(cleanup, server.url, 'map-fields', key);
    await waitFor(() => bob.inSync() && mapRoots(bob.doc).touchpoints.length === 6, 'the second client to receive the map');

    firstTouchpoint(alice.doc)?.set('title', 'Checkout, renamed by Alice');
    firstTouchpoint(bob.doc)?.set('description', 'Bob describes the checkout');

    await waitFor(
      () => [alice, bob].every((c) => titleOf(c) === 'Checkout, renamed by Alice' && descriptionOf(c) === 'Bob describes the checkout'),
      'both edits in both clients',
    );
    expect(Y.encodeStateVector(alice.doc)).toEqual(Y.encodeStateVector(bob.doc));
  });

  it('refuses a wrong room key and a missing one, with a reason the client can show', async () => {
    const server = await startServer(cleanup, { DATA_DIR: tempDir(cleanup) });
    const owner = connectClient(cleanup, server.url, 'map-keys', newRoomKey(), waymarkDoc());
    await waitFor(owner.inSync, 'the owner to sync');

    const intruder = connectClient(cleanup, server.url, 'map-keys', newRoomKey());
    const keyless = connectClient(cleanup, server.url, 'map-keys', null);
    const weak = connectClient(cleanup, server.url, 'map-keys', 'short');
    await waitFor(() => !!intruder.refusedBecause() && !!keyless.refusedBecause() && !!weak.refusedBecause(), 'the refusals');
    expect(intruder.refusedBecause()).toBe('wrong-room-key');
    expect(keyless.refusedBecause()).toBe('missing-room-key');
    expect(weak.refusedBecause()).toBe('invalid-room-key');
    for (const refused of [intruder, keyless, weak]) {
      expect(mapRoots(refused.doc).touchpoints.length).toBe(0);
      expect(refused.provider.isAuthenticated).toBe(false);
    }
    // The refused key is not in the server's output, nor is the owner's.
    expect(server.output()).not.toContain(intruder.provider.configuration.token as string);
    expect(server.output()).not.toContain(owner.provider.configuration.token as string);
  });

  it('keeps documents and room keys when the server is stopped and started again', async () => {
    const dataDir = tempDir(cleanup);
    const key = newRoomKey();
    const first = await startServer(cleanup, { DATA_DIR: dataDir });
    const writer = connectClient(cleanup, first.url, 'map-restart', key, waymarkDoc());
    await waitFor(writer.inSync, 'the writer to sync');
    firstTouchpoint(writer.doc)?.set('title', 'Written before the restart');
    await waitFor(writer.inSync, 'the server to acknowledge the edit');
    writer.destroy();
    expect(await first.stop()).toBe(0);

    const second = await startServer(cleanup, { DATA_DIR: dataDir });
    const reader = connectClient(cleanup, second.url, 'map-restart', key);
    await waitFor(() => reader.inSync() && titleOf(reader) === 'Written before the restart', 'the stored map after the restart');
    expect(mapRoots(reader.doc).touchpoints.length).toBe(6);
    const intruder = connectClient(cleanup, second.url, 'map-restart', newRoomKey());
    await waitFor(() => !!intruder.refusedBecause(), 'the wrong key to be refused after the restart');
    expect(intruder.refusedBecause()).toBe('wrong-room-key');
  });

  it('two server processes sharing Redis and one DATA_DIR: a client on each, edits converge', async () => {
    const redisUrl = await startRedis(cleanup);
    const dataDir = tempDir(cleanup);
    const [east, west] = await Promise.all([
      startServer(cleanup, { DATA_DIR: dataDir, REDIS_URL: redisUrl }),
      startServer(cleanup, { DATA_DIR: dataDir, REDIS_URL: redisUrl }),
    ]);
    expect(east.url).not.toBe(west.url);
    const key = newRoomKey();
    const alice = connectClient(cleanup, east.url, 'map-redis', key, waymarkDoc());
    await waitFor(alice.inSync, 'the client on the first server to sync');
    const bob = connectClient(cleanup, west.url, 'map-redis', key);
    await waitFor(() => bob.inSync() && mapRoots(bob.doc).touchpoints.length === 6, 'the client on the second server to receive the map');

    firstTouchpoint(alice.doc)?.set('title', 'Renamed through the first server');
    firstTouchpoint(bob.doc)?.set('description', 'Described through the second server');
    await waitFor(
      () => [alice, bob].every((c) => titleOf(c) === 'Renamed through the first server' && descriptionOf(c) === 'Described through the second server'),
      'both edits on both servers',
    );
    // The room key set through one process holds in the other.
    const intruder = connectClient(cleanup, west.url, 'map-redis', newRoomKey());
    await waitFor(() => !!intruder.refusedBecause(), 'the wrong key to be refused by the second server');
    expect(intruder.refusedBecause()).toBe('wrong-room-key');

    // Both processes store the map into the one file; neither loses the other's edit.
    await waitFor(() => alice.inSync() && bob.inSync(), 'both edits to be acknowledged');
    alice.destroy();
    bob.destroy();
    await Promise.all([east.stop(), west.stop()]);
    const after = await startServer(cleanup, { DATA_DIR: dataDir });
    const reader = connectClient(cleanup, after.url, 'map-redis', key);
    await waitFor(reader.inSync, 'the stored map to load');
    expect(titleOf(reader)).toBe('Renamed through the first server');
    expect(descriptionOf(reader)).toBe('Described through the second server');
  });

  it('two processes sharing one DATA_DIR without Redis: storing merges, neither overwrites the other', async () => {
    const dataDir = tempDir(cleanup);
    const key = newRoomKey();
    const seeding = await startServer(cleanup, { DATA_DIR: dataDir });
    const seeder = connectClient(cleanup, seeding.url, 'map-shared-file', key, waymarkDoc());
    await waitFor(seeder.inSync, 'the map to reach the server');
    seeder.destroy();
    await seeding.stop();

    const [east, west] = await Promise.all([startServer(cleanup, { DATA_DIR: dataDir }), startServer(cleanup, { DATA_DIR: dataDir })]);
    const alice = connectClient(cleanup, east.url, 'map-shared-file', key);
    const bob = connectClient(cleanup, west.url, 'map-shared-file', key);
    await waitFor(() => [alice, bob].every((c) => c.inSync() && mapRoots(c.doc).touchpoints.length === 6), 'both clients to load the map');
    firstTouchpoint(alice.doc)?.set('title', 'Only the first process knows this');
    firstTouchpoint(bob.doc)?.set('description', 'Only the second process knows this');
    await waitFor(() => alice.inSync() && bob.inSync(), 'both edits to be acknowledged');
    alice.destroy();
    bob.destroy();
    await Promise.all([east.stop(), west.stop()]);

    const after = await startServer(cleanup, { DATA_DIR: dataDir });
    const reader = connectClient(cleanup, after.url, 'map-shared-file', key);
    await waitFor(reader.inSync, 'the stored map to load');
    expect(titleOf(reader)).toBe('Only the first process knows this');
    expect(descriptionOf(reader)).toBe('Only the second process knows this');
  });

  it('refuses an address that opens too many connections in a minute, and a name that is no map id', async () => {
    const server = await startServer(cleanup, { DATA_DIR: tempDir(cleanup), CONNECTIONS_PER_MINUTE: '3' });
    const key = newRoomKey();
    const first = connectClient(cleanup, server.url, 'map-throttle', key, waymarkDoc());
    await waitFor(first.inSync, 'the first client to sync');
    const oddName = connectClient(cleanup, server.url, 'x'.repeat(65), key);
    await waitFor(() => !!oddName.refusedBecause(), 'the name to be refused');
    expect(oddName.refusedBecause()).toBe('invalid-document-name');
    const third = connectClient(cleanup, server.url, 'map-throttle', key);
    await waitFor(third.inSync, 'the third connection to sync');
    const fourth = connectClient(cleanup, server.url, 'map-throttle', key);
    await waitFor(() => !!fourth.refusedBecause(), 'the fourth connection to be refused');
    expect(fourth.refusedBecause()).toBe('too-many-connections');
  });

  it('refuses an update that would push the document past the size limit and keeps the previous content', async () => {
    const limit = 200_000;
    const server = await startServer(cleanup, { DATA_DIR: tempDir(cleanup), MAX_DOCUMENT_BYTES: String(limit) });
    const key = newRoomKey();
    const writer = connectClient(cleanup, server.url, 'map-size', key, waymarkDoc());
    await waitFor(writer.inSync, 'the writer to sync');
    firstTouchpoint(writer.doc)?.set('description', 'Small and fine');
    await waitFor(writer.inSync, 'the small edit to be acknowledged');
    expect(Y.encodeStateAsUpdate(writer.doc).byteLength).toBeLessThan(limit / 2);

    // Two edits, each under the limit on its own, together over it.
    mapRoots(writer.doc).touchpoints.get(1).set('description', 'x'.repeat(limit / 2));
    await waitFor(writer.inSync, 'the first large edit to be acknowledged');
    firstTouchpoint(writer.doc)?.set('description', 'y'.repeat(limit / 2));
    await waitFor(() => writer.closedBecause() !== undefined, 'the server to close the connection');
    expect(writer.closedBecause()).toBe('document-too-large');

    const reader = connectClient(cleanup, server.url, 'map-size', key);
    await waitFor(reader.inSync, 'a new client to sync');
    expect(descriptionOf(reader)).toBe('Small and fine');
    expect(mapRoots(reader.doc).touchpoints.get(1).get('description')).toBe('x'.repeat(limit / 2));
  });

  it('with the default limit, refuses one update larger than 25,000,000 bytes', async () => {
    const server = await startServer(cleanup, { DATA_DIR: tempDir(cleanup) });
    const writer = connectClient(cleanup, server.url, 'map-huge', newRoomKey(), waymarkDoc());
    await waitFor(writer.inSync, 'the writer to sync');
    firstTouchpoint(writer.doc)?.set('description', 'z'.repeat(25_000_000));
    await waitFor(() => writer.closedBecause() !== undefined, 'the server to close the connection', 60_000);
    expect(writer.closedBecause()).toBe('document-too-large');
  });
});

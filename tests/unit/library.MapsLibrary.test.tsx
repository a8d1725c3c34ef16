import { afterEach, describe, expect, it, vi } from 'vitest';
import { act, cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { t } from '../../src/i18n/en';
import { createMap } from '../../src/model/maps';
import type { JourneyMap } from '../../src/model/schema';
import { openDatabase } from '../../src/persistence/db';
import { createRepository, type Repository } from '../../src/persistence/repository';
import { MapsLibrary } from '../../src/ui/library/MapsLibrary';
import { copyTitle } from '../../src/ui/library/libraryText';

afterEach(() => cleanup());

function freshRepository(): Repository {
  return createRepository(openDatabase('test-' + crypto.randomUUID()));
}

function mapWithTouchpoints(title: string, count: number, updatedAt = new Date().toISOString()): JourneyMap {
  const map = createMap(title, updatedAt);
  const stageId = map.stages[0]!.id;
  const touchpoints = Array.from({ length: count }, (_, index) => ({
    id: `tp${index}`,
    stageId,
    title: `Touchpoint ${index}`,
    channel: 'web' as const,
    position: { x: index * 10, y: 0 },
    friction: [],
    trustBreaks: [],
    expectations: [],
    experiences: [],
    metrics: [],
    pillars: [],
    evidence: [],
    actions: [],
  }));
  return { ...map, touchpoints };
}

async function renderWith(maps: JourneyMap[] = [], repository = freshRepository()) {
  if (maps.length) await repository.insertMaps(maps);
  const onOpen = vi.fn<(id: string) => void>();
  render(<MapsLibrary repository={repository} onOpen={onOpen} />);
  if (maps.length) await screen.findByRole('list', { name: 'Maps' });
  else await screen.findByRole('button', { name: 'New map' });
  return { repository, onOpen };
}

async function titleOf(repository: Repository, id: string): Promise<string | undefined> {
  const loaded = await repository.loadMap(id);
  return loaded.ok ? loaded.value.title : undefined;
}

describe('MapsLibrary: empty state and creating', () => {
  it('shows the product, a big "New map" and the templates when there is no map', async () => {
    await renderWith();
    expect(screen.getByRole('heading', { level: 1, name: 'Waymark' })).toBeTruthy();
    expect(screen.getByText(t.app.tagline)).toBeTruthy();
    expect(screen.getByRole('heading', { name: t.library.emptyTitle })).toBeTruthy();
    const templates = screen.getByRole('list', { name: t.library.templatesLabel });
    expect(within(templates).getByRole('button', { name: 'Online order to delivery' })).toBeTruthy();
    expect(screen.queryByRole('list', { name: 'Maps' })).toBeNull();
  });

  it('"New map" creates a map with the five default stages and opens it', async () => {
    const { repository, onOpen } = await renderWith();
    fireEvent.click(screen.getByRole('button', { name: 'New map' }));
    await waitFor(() => expect(onOpen).toHaveBeenCalledTimes(1));
    const id = onOpen.mock.calls[0]![0];
    const loaded = await repository.loadMap(id);
    expect(loaded.ok).toBe(true);
    if (!loaded.ok) return;
    expect(loaded.value.stages).toHaveLength(5);
    expect(loaded.value.stages.map((stage) => stage.name)).toEqual(['Awareness', 'Consideration', 'Purchase', 'Delivery', 'Support']);
    expect(loaded.value.title).toBe(t.common.untitled);
  });

  it('a template creates a copy with a new id and opens it', async () => {
    const { repository, onOpen } = await renderWith();
    fireEvent.click(screen.getByRole('button', { name: 'Online order to delivery' }));
    await waitFor(() => expect(onOpen).toHaveBeenCalledTimes(1));
    const id = onOpen.mock.calls[0]![0];
    expect(id).not.toBe('online-order');
    const loaded = await repository.loadMap(id);
    expect(loaded.ok && loaded.value.title).toBe('Online order to delivery');
    expect(loaded.ok && loaded.value.touchpoints.length).toBeGreaterThan(0);
  });

  it('"From template" lists the templates when maps exist', async () => {
    const { onOpen } = await renderWith([createMap('Existing', new Date().toISOString())]);
    const toggle = screen.getByRole('button', { name: t.library.fromTemplate });
    expect(toggle.getAttribute('aria-expanded')).toBe('false');
    fireEvent.click(toggle);
    expect(toggle.getAttribute('aria-expanded')).toBe('true');
    fireEvent.click(screen.getByRole('button', { name: 'การไปพบแพทย์ที่คลินิก' }));
    await waitFor(() => expect(onOpen).toHaveBeenCalledTimes(1));
    expect(await screen.findAllByRole('listitem')).toHaveLength(2);
  });
});

describe('MapsLibrary: the list', () => {
  it('shows one card per map, newest edit first, with counts, persona and last edit', async () => {
    const older = { ...mapWithTouchpoints('Older map', 1, '2026-01-01T10:00:00.000Z'), persona: { name: 'ผู้ป่วยวัยทำงาน' } };
    const newer = mapWithTouchpoints('Newer map', 8);
    const { onOpen } = await renderWith([older, newer]);
    const items = within(screen.getByRole('list', { name: 'Maps' })).getAllByRole('listitem');
    expect(items).toHaveLength(2);
    expect(within(items[0]!).getByRole('heading', { name: 'Newer map' })).toBeTruthy();
    expect(within(items[0]!).getByText('5 stages · 8 touchpoints')).toBeTruthy();
    expect(within(items[1]!).getByText('5 stages · 1 touchpoint')).toBeTruthy();
    const persona = within(items[1]!).getByText('ผู้ป่วยวัยทำงาน');
    expect(persona.getAttribute('dir')).toBe('auto');
    expect(within(items[0]!).getByRole('heading', { name: 'Newer map' }).getAttribute('dir')).toBe('auto');
    const time = items[0]!.querySelector('time');
    expect(time?.textContent).toBe('Edited now');
    expect(time?.getAttribute('title')).toBeTruthy();

    fireEvent.click(within(items[1]!).getByRole('button', { name: 'Open Older map' }));
    expect(onOpen).toHaveBeenLastCalledWith(older.id);
    fireEvent.click(within(items[0]!).getByText('5 stages · 8 touchpoints')); // anywhere on the card
    expect(onOpen).toHaveBeenLastCalledWith(newer.id);
    fireEvent.click(within(items[0]!).getByRole('button', { name: 'Duplicate Newer map' }));
    expect(onOpen).toHaveBeenCalledTimes(2); // the card's tools do not open it
  });
});

describe('MapsLibrary: delete', () => {
  it('asks first, naming the map and its touchpoints, with Cancel focused; Delete removes the map', async () => {
    const map = mapWithTouchpoints('Online order to delivery', 8);
    const keep = mapWithTouchpoints('Keep me', 0, '2026-01-01T10:00:00.000Z');
    const { repository } = await renderWith([map, keep]);
    fireEvent.click(screen.getByRole('button', { name: 'Delete Online order to delivery' }));

    const dialog = await screen.findByRole('dialog', { name: 'Delete “Online order to delivery”?' });
    expect(within(dialog).getByText(t.library.confirmDeleteBody(8))).toBeTruthy();
    expect(t.library.confirmDeleteBody(8)).toContain('8 touchpoints');
    const cancel = within(dialog).getByRole('button', { name: 'Cancel' });
    await waitFor(() => expect(document.activeElement).toBe(cancel));

    fireEvent.click(within(dialog).getByRole('button', { name: 'Delete' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    expect((await repository.existingIds()).has(map.id)).toBe(false);
    expect((await repository.existingIds()).has(keep.id)).toBe(true);
    await waitFor(() => expect(within(screen.getByRole('list', { name: 'Maps' })).getAllByRole('listitem')).toHaveLength(1));
    expect(screen.queryByRole('heading', { name: 'Online order to delivery' })).toBeNull();
    expect(await repository.db.updates.where('mapId').equals(map.id).count()).toBe(0);
  });

  it('Cancel keeps the map', async () => {
    const map = mapWithTouchpoints('Keep me', 2);
    const { repository } = await renderWith([map]);
    fireEvent.click(screen.getByRole('button', { name: 'Delete Keep me' }));
    const dialog = await screen.findByRole('dialog');
    fireEvent.click(within(dialog).getByRole('button', { name: 'Cancel' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    expect((await repository.existingIds()).has(map.id)).toBe(true);
    expect(screen.getByRole('heading', { name: 'Keep me' })).toBeTruthy();
  });

  it('deleting the last map brings back the empty state', async () => {
    await renderWith([createMap('Only one', new Date().toISOString())]);
    fireEvent.click(screen.getByRole('button', { name: 'Delete Only one' }));
    fireEvent.click(within(await screen.findByRole('dialog')).getByRole('button', { name: 'Delete' }));
    expect(await screen.findByRole('heading', { name: t.library.emptyTitle })).toBeTruthy();
  });

  it('shows a failed deletion in an alert that says what failed', async () => {
    const base = freshRepository();
    const failing: Repository = { ...base, deleteMap: () => Promise.reject(new Error('disk on fire')) };
    const map = createMap('Fragile', new Date().toISOString());
    await renderWith([map], failing);
    fireEvent.click(screen.getByRole('button', { name: 'Delete Fragile' }));
    fireEvent.click(within(await screen.findByRole('dialog')).getByRole('button', { name: 'Delete' }));
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('Could not delete “Fragile”: disk on fire');
    expect((await base.existingIds()).has(map.id)).toBe(true);
    fireEvent.click(within(alert).getByRole('button', { name: t.library.dismiss }));
    expect(screen.queryByRole('alert')).toBeNull();
  });
});

describe('MapsLibrary: rename and duplicate', () => {
  it('refuses an empty title with a visible message and saves nothing', async () => {
    const map = createMap('Clinic visit', '2026-01-01T10:00:00.000Z');
    const { repository } = await renderWith([map]);
    fireEvent.click(screen.getByRole('button', { name: 'Rename Clinic visit' }));
    const input = screen.getByRole('textbox', { name: t.library.titleInput });
    expect(input.getAttribute('dir')).toBe('auto');
    fireEvent.change(input, { target: { value: '   ' } });
    fireEvent.keyDown(input, { key: 'Enter' });
    expect((await screen.findByRole('alert')).textContent).toBe(t.library.titleRequired);
    expect(input.getAttribute('aria-invalid')).toBe('true');
    fireEvent.blur(input);
    expect(screen.getByRole('textbox', { name: t.library.titleInput })).toBeTruthy();
    expect(await titleOf(repository, map.id)).toBe('Clinic visit');
    const stored = await repository.loadMap(map.id);
    expect(stored.ok && stored.value.updatedAt).toBe('2026-01-01T10:00:00.000Z');

    fireEvent.keyDown(input, { key: 'Escape' });
    expect(screen.queryByRole('textbox')).toBeNull();
    expect(screen.getByRole('heading', { name: 'Clinic visit' })).toBeTruthy();
  });

  it('saves a new title on Enter (trimmed) and the list follows', async () => {
    const map = createMap('Clinic visit', '2026-01-01T10:00:00.000Z');
    const { repository } = await renderWith([map]);
    fireEvent.click(screen.getByRole('button', { name: 'Rename Clinic visit' }));
    const input = screen.getByRole('textbox', { name: t.library.titleInput });
    fireEvent.change(input, { target: { value: '  การไปพบแพทย์  ' } });
    fireEvent.keyDown(input, { key: 'Enter' });
    expect(await screen.findByRole('heading', { name: 'การไปพบแพทย์' })).toBeTruthy();
    expect(await titleOf(repository, map.id)).toBe('การไปพบแพทย์');
    expect(screen.getByRole('button', { name: 'Rename การไปพบแพทย์' })).toBeTruthy();
  });

  it('saves on blur, and Escape cancels without saving', async () => {
    const map = createMap('First', '2026-01-01T10:00:00.000Z');
    const { repository } = await renderWith([map]);
    fireEvent.click(screen.getByRole('button', { name: 'Rename First' }));
    let input = screen.getByRole('textbox', { name: t.library.titleInput });
    fireEvent.change(input, { target: { value: 'Not kept' } });
    fireEvent.keyDown(input, { key: 'Escape' });
    fireEvent.blur(input);
    expect(await titleOf(repository, map.id)).toBe('First');

    fireEvent.click(screen.getByRole('button', { name: 'Rename First' }));
    input = screen.getByRole('textbox', { name: t.library.titleInput });
    fireEvent.change(input, { target: { value: 'Second' } });
    fireEvent.blur(input);
    expect(await screen.findByRole('heading', { name: 'Second' })).toBeTruthy();
    expect(await titleOf(repository, map.id)).toBe('Second');
  });

  it('duplicates a map with its touchpoints under a "(copy)" title', async () => {
    const map = mapWithTouchpoints('Checkout', 3, '2026-01-01T10:00:00.000Z');
    const { repository } = await renderWith([map]);
    fireEvent.click(screen.getByRole('button', { name: 'Duplicate Checkout' }));
    expect(await screen.findByRole('heading', { name: t.common.copyOf('Checkout') })).toBeTruthy();
    const summaries = await repository.listSummaries();
    expect(summaries).toHaveLength(2);
    const copy = summaries.find((summary) => summary.id !== map.id)!;
    expect(copy.title).toBe('Checkout (copy)');
    expect(copy.touchpointCount).toBe(3);
  });

  it('shows a failed rename in an alert and keeps the editor open', async () => {
    const base = freshRepository();
    const failing: Repository = { ...base, renameMap: () => Promise.reject(new Error('quota exceeded')) };
    const map = createMap('Stubborn', '2026-01-01T10:00:00.000Z');
    await renderWith([map], failing);
    fireEvent.click(screen.getByRole('button', { name: 'Rename Stubborn' }));
    const input = screen.getByRole('textbox', { name: t.library.titleInput });
    fireEvent.change(input, { target: { value: 'New name' } });
    await act(async () => {
      fireEvent.keyDown(input, { key: 'Enter' });
    });
    expect((await screen.findByRole('alert')).textContent).toContain('Could not rename “Stubborn”: quota exceeded');
    expect(screen.getByRole('textbox', { name: t.library.titleInput })).toBeTruthy();
  });
});

describe('copyTitle', () => {
  it('keeps a copy within the 300-character title limit', () => {
    expect(copyTitle('Short')).toBe('Short (copy)');
    const long = copyTitle('😀'.repeat(200));
    expect(long.length).toBeLessThanOrEqual(300);
    expect(long.endsWith('… (copy)')).toBe(true);
    expect(long).not.toMatch(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])/);
  });
});

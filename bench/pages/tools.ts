// In-browser helpers for the harness: generate maps, put them in the app's own IndexedDB
// (same origin, same repository code), and time the pure parts of the app.
import { auditMap } from '../../src/audit';
import { parseDocumentText, toDocument } from '../../src/io/importDocument';
import { openDatabase } from '../../src/persistence/db';
import { createRepository } from '../../src/persistence/repository';
import { generateMap } from '../generateMap';

const repository = createRepository(openDatabase());

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] as number;
}

const tools = {
  documentText(touchpoints: number): string {
    return JSON.stringify(toDocument([generateMap({ touchpoints })], '2026-11-23T00:00:00.000Z'));
  },
  async seed(touchpoints: number): Promise<string> {
    const map = generateMap({ touchpoints });
    await repository.deleteMap(map.id);
    await repository.insertMaps([map]);
    return map.id;
  },
  /** Median time of parse + envelope + Zod + reference checks, over `runs` runs after one warm-up. */
  timeImport(text: string, runs = 5): number {
    parseDocumentText(text);
    const times: number[] = [];
    for (let i = 0; i < runs; i++) {
      const start = performance.now();
      const result = parseDocumentText(text);
      times.push(performance.now() - start);
      if (!result.ok) throw new Error(`generated document did not import: ${JSON.stringify(result.error).slice(0, 300)}`);
    }
    return median(times);
  },
  /** Median time of the expectation audit over `runs` runs after one warm-up. */
  timeAudit(touchpoints: number, runs = 7): number {
    const map = generateMap({ touchpoints });
    auditMap(map);
    const times: number[] = [];
    for (let i = 0; i < runs; i++) {
      const start = performance.now();
      auditMap(map);
      times.push(performance.now() - start);
    }
    return median(times);
  },
  /** One PNG export of the whole map, as the Export menu makes it (loaded on demand there too). */
  async timePng(touchpoints: number): Promise<{ ms: number; width: number; height: number; kb: number }> {
    const { renderMapPng } = await import('../../src/ui/io/png/renderMapPng');
    const map = generateMap({ touchpoints });
    const start = performance.now();
    const png = await renderMapPng(map);
    const ms = performance.now() - start;
    return { ms, width: png.width, height: png.height, kb: Math.round(png.blob.size / 1024) };
  },
};

(window as unknown as { benchTools: typeof tools }).benchTools = tools;
document.title = 'ready';

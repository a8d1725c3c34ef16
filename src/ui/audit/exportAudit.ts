// Downloads the audit of a map as CSV or Markdown, and the priorities ranking likewise. The export
// code is loaded on demand (it is rarely used), so it stays out of the start-up bundle.
import { cachedAudit, exportFileName } from '../../audit';
import { downloadBlob } from '../../io/download';
import type { JourneyMap } from '../../model/schema';

export type ExportFormat = 'csv' | 'markdown' | 'priorities-csv' | 'priorities-markdown';

const CSV = 'text/csv;charset=utf-8';
const MARKDOWN = 'text/markdown;charset=utf-8';

function download(text: string, fileName: string, type: string) {
  downloadBlob(new Blob([text], { type }), fileName);
}

export async function exportAudit(map: JourneyMap, format: ExportFormat): Promise<void> {
  const audit = cachedAudit(map);
  switch (format) {
    case 'csv': {
      const { auditCsv } = await import('../../audit/exportCsv');
      return download(auditCsv(map, audit), exportFileName(map.title, 'csv'), CSV);
    }
    case 'markdown': {
      const { auditMarkdown } = await import('../../audit/exportMarkdown');
      return download(auditMarkdown(map, audit), exportFileName(map.title, 'md'), MARKDOWN);
    }
    case 'priorities-csv': {
      const { prioritiesCsv } = await import('../../audit/exportPriorities');
      return download(prioritiesCsv(map, audit), exportFileName(map.title, 'csv', 'priorities'), CSV);
    }
    case 'priorities-markdown': {
      const { prioritiesMarkdown } = await import('../../audit/exportPriorities');
      return download(prioritiesMarkdown(map, audit), exportFileName(map.title, 'md', 'priorities'), MARKDOWN);
    }
  }
}

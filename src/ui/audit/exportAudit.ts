// Downloads the audit of a map as CSV or Markdown. The export code is loaded on demand (it is
// rarely used), so it stays out of the start-up bundle.
import { cachedAudit, exportFileName } from '../../audit';
import { downloadBlob } from '../../io/download';
import type { JourneyMap } from '../../model/schema';

export type ExportFormat = 'csv' | 'markdown';

function download(text: string, fileName: string, type: string) {
  downloadBlob(new Blob([text], { type }), fileName);
}

export async function exportAudit(map: JourneyMap, format: ExportFormat): Promise<void> {
  const audit = cachedAudit(map);
  if (format === 'csv') {
    const { auditCsv } = await import('../../audit/exportCsv');
    download(auditCsv(map, audit), exportFileName(map.title, 'csv'), 'text/csv;charset=utf-8');
  } else {
    const { auditMarkdown } = await import('../../audit/exportMarkdown');
    download(auditMarkdown(map, audit), exportFileName(map.title, 'md'), 'text/markdown;charset=utf-8');
  }
}

/** What each download is: the report in a format, or the workshop's backup. */
export type ReportFormat = 'docx' | 'html' | 'md' | 'json';

/**
 * The name a download is saved under, from the workshop's title and the day it ran:
 * "eastshire-strategic-political-leadership-2026-11-29-action-report.docx", the backup
 * "…-backup.json". Plain ASCII, so every browser and file system keeps it as it is (REPORT-11).
 */
export function reportFileName(title: string, isoDate: string, format: ReportFormat): string {
  const slug =
    title
      .normalize('NFKD')
      .replace(/[\u0300-\u036f]/g, '')
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-+|-+$/g, '')
      .slice(0, 80)
      .replace(/-+$/, '') || 'workshop';
  const what = format === 'json' ? 'backup' : 'action-report';
  return `${slug}-${isoDate}-${what}.${format}`;
}

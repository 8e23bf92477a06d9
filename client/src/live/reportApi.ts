import { apiErrorSchema, type ReportFormat } from '../../../shared/src/index.js';

/** One download of the Action Report or the backup, fetched with this screen's link (PERM-32). */
export interface ReportFile {
  blob: Blob;
  /** The name the server gives it (REPORT-11), from `Content-Disposition`. */
  fileName: string;
}

/** The device's own time zone, so the report's times read as the room's clocks did (REPORT-3). */
export function deviceTimeZone(): string | null {
  try {
    return Intl.DateTimeFormat().resolvedOptions().timeZone ?? null;
  } catch {
    return null;
  }
}

export function fileNameOf(disposition: string | null, format: ReportFormat): string {
  const match = /filename="([^"]+)"/.exec(disposition ?? '');
  return match?.[1] ?? (format === 'json' ? 'workshop-backup.json' : `action-report.${format}`);
}

export const reportApi = {
  fetch: async (workshopId: string, token: string, format: ReportFormat): Promise<ReportFile> => {
    const zone = deviceTimeZone();
    const query = zone ? `?tz=${encodeURIComponent(zone)}` : '';
    let res: Response;
    try {
      res = await fetch(`/api/workshops/${workshopId}/report.${format}${query}`, {
        headers: { authorization: `Bearer ${token}` },
      });
    } catch {
      throw new Error('Could not reach the server. Check the connection and try again.');
    }
    if (!res.ok) {
      const error = apiErrorSchema.safeParse(await res.json().catch(() => null));
      throw new Error(error.success ? error.data.error.message : `The server answered ${res.status}.`);
    }
    return { blob: await res.blob(), fileName: fileNameOf(res.headers.get('content-disposition'), format) };
  },
};

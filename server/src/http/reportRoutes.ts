import { rateLimit } from 'express-rate-limit';
import express, { type NextFunction, type Request, type Response, type Router } from 'express';
import {
  BACKUP_MAX_MB,
  renderHtml,
  renderMarkdown,
  reportFileName,
  reportLayout,
  reportTimeZone,
  type CreatedWorkshop,
  type ReportFormat,
} from '../../../shared/src/index.js';
import type { AccessControl } from '../auth.js';
import { workshopBackup, workshopReport, type ExportDeps } from '../report/exportWorkshop.js';
import { checkBackup } from '../report/importBackup.js';
import { restoreWorkshop, type RestoreDeps } from '../report/restoreWorkshop.js';
import { fail, requirePermission } from './guard.js';
import { linkUrl, type LinkDeps } from './links.js';

export interface ReportDeps extends ExportDeps, RestoreDeps, LinkDeps {
  /** Restores a minute from one address (5 unless a test says otherwise). */
  importsPerMinute?: number;
  access: AccessControl;
  /** The largest document a workshop may have (DOC_MAX_MB): an import of a larger one is refused. */
  maxDocBytes: number;
}

const TYPES: Record<ReportFormat, string> = {
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  html: 'text/html; charset=utf-8',
  md: 'text/markdown; charset=utf-8',
  json: 'application/json; charset=utf-8',
};

const IMPORT = '/workshops/import';

/**
 * The Action Report in Word, as a web page and in Markdown, and the workshop's backup (PERM-32,
 * REPORT-n); importing a backup makes the workshop again. Mounted before the API's own JSON
 * parser: a backup is far larger than its 64 KB limit for commands.
 */
export function reportRouter(deps: ReportDeps): Router {
  const router = express.Router();

  for (const format of Object.keys(TYPES) as ReportFormat[]) {
    router.get(`/workshops/:id/report.${format}`, async (req, res, next) => {
      if (!(await requirePermission(req, res, deps.access, 'report:read'))) return;
      const zone = reportTimeZone(typeof req.query.tz === 'string' ? req.query.tz : null);
      try {
        const { body, isoDate } = await render(deps, req.params.id, format, zone);
        const title = (await deps.workshops.find(req.params.id))!.title;
        res
          .set({
            'Content-Type': TYPES[format],
            'Content-Disposition': `attachment; filename="${reportFileName(title, isoDate, format)}"`,
            'X-Content-Type-Options': 'nosniff',
            'Cache-Control': 'no-store',
            // The page is the report and nothing else: its own styles, no script, nothing fetched.
            ...(format === 'html' && {
              'Content-Security-Policy': "default-src 'none'; style-src 'unsafe-inline'",
            }),
          })
          .send(body);
      } catch (error) {
        next(error);
      }
    });
  }

  // A restore reads and checks up to 50 MB on the thread that serves the live workshops: a few a
  // minute from one address is plenty for an IT officer, and keeps anyone from stalling the room.
  const importLimiter = rateLimit({
    windowMs: 60_000,
    limit: deps.importsPerMinute ?? 5,
    standardHeaders: 'draft-8',
    legacyHeaders: false,
    handler: (_req, res) =>
      fail(
        res,
        429,
        'too-many-imports',
        'Too many workshops were restored from this address: wait a minute and try again.',
      ),
  });
  router.post(
    IMPORT,
    importLimiter,
    express.json({ limit: `${BACKUP_MAX_MB}mb`, type: () => true }),
    async (req, res) => {
      const checked = checkBackup(req.body, deps.maxDocBytes);
      if (!checked.ok) return fail(res, checked.status, checked.code, checked.message);
      const { id, facilitatorToken } = await restoreWorkshop(deps, checked.plan);
      const { workshop, control } = checked.plan;
      const created: CreatedWorkshop = {
        id,
        title: workshop.title,
        templateId: workshop.templateId,
        teams: workshop.teams,
        agenda: control.agenda,
        facilitatorToken,
        facilitatorUrl: linkUrl(req, deps, id, 'facilitator', facilitatorToken),
      };
      res.status(201).json(created);
    },
  );

  // A backup that is not JSON is most often a file cut short; one over the limit is said in its size.
  router.use(IMPORT, (error: Error & { type?: string }, _req: Request, res: Response, next: NextFunction) => {
    if (error.type === 'entity.parse.failed')
      return fail(
        res,
        400,
        'bad-json',
        'This backup is not valid JSON: the file may have been cut short. Export it again from the workshop.',
      );
    if (error.type === 'entity.too.large')
      return fail(
        res,
        413,
        'too-large',
        `This backup is larger than ${BACKUP_MAX_MB} MB, the most this server takes.`,
      );
    next(error);
  });

  return router;
}

async function render(
  deps: ReportDeps,
  workshopId: string,
  format: ReportFormat,
  zone: string,
): Promise<{ body: string | Buffer; isoDate: string }> {
  if (format === 'json') {
    const { backup, report } = await workshopBackup(deps, workshopId, zone);
    return { body: JSON.stringify(backup, null, 2), isoDate: report.isoDate };
  }
  const report = await workshopReport(deps, workshopId, zone);
  const layout = reportLayout(report);
  const body =
    format === 'docx'
      ? // Loaded on the first Word export: most runs of the server never make one, and it is large.
        await (await import('../report/docx.js')).renderDocx(layout)
      : format === 'html'
        ? renderHtml(layout)
        : renderMarkdown(layout);
  return { body, isoDate: report.isoDate };
}

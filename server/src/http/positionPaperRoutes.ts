import express, { type NextFunction, type Request, type Response, type Router } from 'express';
import {
  describeIssues,
  looksLikePdf,
  NOT_A_PDF,
  ONLY_PDF_OR_TEXT,
  paperSizeRefusal,
  POSITION_PAPER_MAX_BYTES,
  safePaperFileName,
  writtenPaperBodySchema,
  type PositionPaper,
} from '../../../shared/src/index.js';
import type { AccessControl } from '../auth.js';
import type { PaperStore } from '../store/storage.js';
import { fail, requirePermission } from './guard.js';

export interface PositionPaperDeps {
  access: AccessControl;
  papers: PaperStore;
  nowMs: () => number;
  /** The paper was attached, replaced or removed: every screen of the workshop reads it again. */
  changed: (workshopId: string) => void;
}

const PAPER = '/workshops/:id/position-paper';
// A written paper of the longest allowed text, every character three bytes in UTF-8, with room to spare.
const WRITTEN_BODY_LIMIT = '256kb';

/**
 * The workshop's position paper (PERM-16): written in the board or a PDF of up to 10 MB, kept in
 * its own table, read by every link. Mounted before the API's own JSON parser, whose 64 KB limit
 * is for commands, not papers.
 */
export function positionPaperRouter(deps: PositionPaperDeps): Router {
  const router = express.Router();

  router.get(PAPER, async (req, res) => {
    if (!(await requirePermission(req, res, deps.access, 'workshop:read'))) return;
    const paper = await deps.papers.find(req.params.id);
    if (!paper) return noPaper(res);
    res.set('Cache-Control', 'no-store').json(paper satisfies PositionPaper);
  });

  router.get(`${PAPER}.pdf`, async (req, res) => {
    if (!(await requirePermission(req, res, deps.access, 'workshop:read'))) return;
    const paper = await deps.papers.pdf(req.params.id);
    if (!paper) return noPaper(res, 'This workshop’s position paper is not a PDF, or there is none.');
    res
      .set({
        'Content-Type': 'application/pdf',
        'Content-Disposition': inlineDisposition(paper.fileName),
        'X-Content-Type-Options': 'nosniff',
        'Cache-Control': 'no-store',
      })
      .send(paper.pdf);
  });

  // The token and the content type are checked before a byte of the body is read.
  const mayAttach = async (req: Request<{ id: string }>, res: Response, next: NextFunction) => {
    if (!(await requirePermission(req, res, deps.access, 'paper:attach'))) return;
    if (!req.is(['application/pdf', 'application/json']))
      return fail(res, 415, 'not-a-pdf', ONLY_PDF_OR_TEXT);
    next();
  };
  router.put(
    PAPER,
    mayAttach,
    express.raw({ type: 'application/pdf', limit: POSITION_PAPER_MAX_BYTES }),
    express.json({ limit: WRITTEN_BODY_LIMIT }),
    async (req, res) => {
      const { id } = req.params;
      if (req.is('application/pdf')) {
        const pdf = Buffer.isBuffer(req.body) ? req.body : Buffer.alloc(0);
        if (!looksLikePdf(pdf)) return fail(res, 415, 'not-a-pdf', NOT_A_PDF);
        const fileName = safePaperFileName(
          typeof req.query.fileName === 'string' ? req.query.fileName : null,
        );
        await deps.papers.putPdf(id, { fileName, pdf }, deps.nowMs());
      } else {
        const body = writtenPaperBodySchema.safeParse(req.body);
        if (!body.success) return fail(res, 400, 'bad-request', describeIssues(body.error));
        await deps.papers.putWritten(id, body.data.text, deps.nowMs());
      }
      deps.changed(id);
      res.json((await deps.papers.find(id))! satisfies PositionPaper);
    },
  );

  router.delete(PAPER, async (req, res) => {
    if (!(await requirePermission(req, res, deps.access, 'paper:attach'))) return;
    if (!(await deps.papers.delete(req.params.id))) return noPaper(res);
    deps.changed(req.params.id);
    res.status(204).end();
  });

  // A body over the limit is refused in the paper's own words, with its size when the request said it.
  router.use(
    PAPER,
    (
      error: Error & { type?: string; expected?: number },
      req: Request,
      res: Response,
      next: NextFunction,
    ) => {
      if (error.type !== 'entity.too.large') return next(error);
      if (req.is('application/pdf'))
        return fail(res, 413, 'too-large', paperSizeRefusal(error.expected ?? null)!);
      fail(
        res,
        413,
        'too-large',
        'The position paper is too long to write in the board: attach it as a PDF.',
      );
    },
  );

  return router;
}

function noPaper(res: Response, message = 'This workshop has no position paper yet.'): void {
  fail(res, 404, 'no-position-paper', message);
}

/**
 * Opens in the browser under its own name: a plain ASCII fallback and the exact name in UTF-8
 * (RFC 6266), neither able to break out of the header.
 */
export function inlineDisposition(fileName: string): string {
  const ascii = fileName.replace(/[^\x20-\x7e]|["\\%]/g, '_');
  const exact = encodeURIComponent(fileName).replace(
    /['()*]/g,
    (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`,
  );
  return `inline; filename="${ascii}"; filename*=UTF-8''${exact}`;
}

import fs from 'node:fs';
import path from 'node:path';
import express, { type Router } from 'express';

/**
 * Serves the built client. Every screen route (/w/…) gets index.html so a reload works; the
 * client's router takes it from there.
 */
export function clientRouter(staticDir: string): Router {
  const router = express.Router();
  const index = path.join(staticDir, 'index.html');
  router.use(express.static(staticDir, { index: false, maxAge: '1h', immutable: false }));
  router.get(/^\/(?!api\/|yjs\/|socket\.io\/|healthz).*/, (_req, res) => {
    if (fs.existsSync(index)) return res.sendFile(index, { maxAge: 0 });
    res
      .status(503)
      .type('text/plain')
      .send('The screens are not built yet. Run "npm run build" (npm start does it for you) and reload.');
  });
  return router;
}

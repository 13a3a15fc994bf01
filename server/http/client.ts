// Serves the built client (vite build → dist/client) with a fallback to index.html for client
// routes. Without a build, / explains how to make one.
import { existsSync } from 'node:fs';
import path from 'node:path';
import express, { type Router } from 'express';

export function clientRoutes(clientDir: string): Router {
  const router = express.Router();
  const index = path.join(clientDir, 'index.html');
  router.use(express.static(clientDir, { index: false, maxAge: '1h', fallthrough: true }));
  router.get('/{*rest}', (req, res, next) => {
    if (!req.accepts('html')) return next();
    if (!existsSync(index)) {
      res.status(503).type('text/plain').send(`The Entente client is not built (no ${index}).\nBuild it with:  npm run build:client\nThe API is available under /api (see /api/openapi.json).\n`);
      return;
    }
    res.set('Cache-Control', 'no-cache').sendFile(index);
  });
  return router;
}

import express from 'express';
import request from 'supertest';
import { pathPattern, routedByPaths } from './module.js';

describe('module routing by documented paths', () => {
  test('a template matches as Express matches: one segment per parameter, a trailing slash, either case', () => {
    const p = pathPattern('/api/pairs/{a}/{b}/events');
    expect(['/api/pairs/country%3AUS/country%3ACN/events', '/api/pairs/a/b/events/', '/API/Pairs/a/b/EVENTS'].map((u) => p.test(u))).toEqual([true, true, true]);
    expect(['/api/pairs/a/events', '/api/pairs/a/b/c/events', '/api/pairs/a/b/events/x', 'x/api/pairs/a/b/events'].map((u) => p.test(u))).toEqual([false, false, false, false]);
    expect(pathPattern('/api/openapi.json').test('/api/openapiXjson')).toBe(false);
  });

  test('only requests for its paths enter a module\'s router; the rest go on to the next', async () => {
    const entered: string[] = [];
    const router = express.Router();
    router.use((req, _res, next) => { entered.push(req.path); next(); });
    router.get('/api/things/:id', (req, res) => void res.json({ id: req.params.id }));
    const app = express();
    app.use(routedByPaths({ '/api/things/{id}': {} }, router));
    app.use((req, res) => void res.status(404).json({ fell: req.path }));
    expect((await request(app).get('/api/things/7').expect(200)).body).toEqual({ id: '7' });
    expect((await request(app).get('/api/other').expect(404)).body).toEqual({ fell: '/api/other' });
    expect((await request(app).get('/api/things/7/more').expect(404)).body).toEqual({ fell: '/api/things/7/more' });
    expect(entered).toEqual(['/api/things/7']);
  });
});

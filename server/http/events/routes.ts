// GET /api/events/:id: one meeting or pact with its participants and the quotes behind it.
import express from 'express';
import { NotFoundError } from '../../domain/errors.js';
import { labelOf } from '../../network/nodes.js';
import { jsonResponses, type ApiModule } from '../module.js';
import { parseParams } from '../validate.js';
import { EventDetail, EventParams } from './schema.js';

export const eventsModule: ApiModule = {
  paths: {
    '/api/events/{id}': { get: { summary: 'A meeting or pact with participants and evidence', tags: ['events'], requestParams: { path: EventParams }, responses: jsonResponses(EventDetail, 'The event', [404]) } },
  },
  router({ store }) {
    const r = express.Router();
    r.get('/api/events/:id', async (req, res) => {
      const { id } = parseParams(EventParams, req);
      const detail = await store.eventDetail(id);
      if (!detail || (detail.event.kind !== 'meeting' && detail.event.kind !== 'pact')) throw new NotFoundError(`no meeting or pact with id ${id}`, [{ path: 'id', message: `unknown id ${id}` }]);
      const p = detail.event.props;
      res.json({
        event: { ...p, id: detail.event.id, type: detail.event.kind, kind: p.kind, title: p.title || null, date: p.date ?? null, endDate: p.endDate ?? null, status: p.status ?? null, place: detail.place ?? p.place ?? null },
        participants: detail.participants.map((n) => ({ id: n.id, kind: n.kind, label: labelOf(n) })),
        evidence: detail.evidence,
      });
    });
    return r;
  },
};

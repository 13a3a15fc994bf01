// GET /api/entities/:id (profile: names, roles, counterparts, activity per year) and
// GET /api/entities/:id/events (their events, newest first, paged).
import express from 'express';
import { NotFoundError } from '../../domain/errors.js';
import type { GraphStore, NodeRecord } from '../../store/graph-store.js';
import { isActorKind, labelOf, namesOf } from '../../network/nodes.js';
import { jsonResponses, type ApiModule } from '../module.js';
import { parseParams, parseQuery } from '../validate.js';
import { EntityDetail, EntityEventsQuery, EntityParams, EventPage } from './schema.js';

const COUNTERPARTS = 25;

export async function actorRecord(store: GraphStore, id: string): Promise<NodeRecord> {
  const [record] = await actorRecords(store, [id]);
  return record;
}

/** The records of these actors, in order, from one store read; NotFound names the first unknown. */
export async function actorRecords(store: GraphStore, ids: string[]): Promise<NodeRecord[]> {
  const found = new Map((await store.getNodes(ids)).map((r) => [r.id, r]));
  return ids.map((id) => {
    const record = found.get(id);
    if (!record || !isActorKind(record.kind)) throw new NotFoundError(`no country, person or organisation with id ${id}`, [{ path: 'id', message: `unknown id ${id}` }]);
    return record;
  });
}

export function entityOf(record: NodeRecord) {
  const { searchText: _searchText, ...props } = record.props;
  return { ...props, id: record.id, kind: record.kind, label: labelOf(record), names: namesOf(record) };
}

export const entitiesModule: ApiModule = {
  paths: {
    '/api/entities/{id}': { get: { summary: 'An entity with its roles, counterparts and yearly activity', tags: ['entities'], requestParams: { path: EntityParams }, responses: jsonResponses(EntityDetail, 'The entity', [404]) } },
    '/api/entities/{id}/events': { get: { summary: "An entity's meetings and pacts, newest first", tags: ['entities'], requestParams: { path: EntityParams, query: EntityEventsQuery }, responses: jsonResponses(EventPage, 'A page of events', [404]) } },
  },
  router({ store }) {
    const r = express.Router();
    r.get('/api/entities/:id', async (req, res) => {
      const { id } = parseParams(EntityParams, req);
      const record = await actorRecord(store, id);
      const [roles, counterparts, timeline] = await Promise.all([
        record.kind === 'person' ? store.roles(id) : Promise.resolve([]),
        store.counterparts(id, {}, COUNTERPARTS),
        store.activity(id),
      ]);
      const others = await store.getNodes([...new Set([...counterparts.map((c) => c.id), ...roles.map((x) => x.country)])]);
      const byId = new Map(others.map((n) => [n.id, n]));
      res.json({
        entity: entityOf(record),
        roles: roles.map((x) => ({ country: x.country, countryLabel: byId.get(x.country) ? labelOf(byId.get(x.country)!) : x.country, role: x.role, from: x.from, to: x.to })),
        counterparts: counterparts.map((c) => ({ ...c, label: byId.get(c.id) ? labelOf(byId.get(c.id)!) : c.id, kind: byId.get(c.id)?.kind ?? 'country' })),
        timeline,
      });
    });
    r.get('/api/entities/:id/events', async (req, res) => {
      const { id } = parseParams(EntityParams, req);
      const q = parseQuery(EntityEventsQuery, req);
      await actorRecord(store, id);
      res.json(await store.entityEvents(id, { from: q.from, to: q.to }, q.offset, q.limit));
    });
    return r;
  },
};

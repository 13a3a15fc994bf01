import { z } from 'zod';
import { Relation, RELATIONS } from '../../domain/network/schema.js';
import { HttpPaging } from '../paging.js';
import { checkNetworkQuery, NetworkQuery } from '../network/schema.js';

export const PairParams = z.object({
  a: z.string().min(3).max(200).meta({ description: 'First entity id, URL-encoded', example: 'country:US' }),
  b: z.string().min(3).max(200).meta({ description: 'Second entity id, URL-encoded', example: 'country:CN' }),
});

export const PairQuery = z
  .object({ ...HttpPaging.shape, relations: NetworkQuery.shape.relations, from: NetworkQuery.shape.from, to: NetworkQuery.shape.to })
  .superRefine(checkNetworkQuery);

export { Relation, RELATIONS };

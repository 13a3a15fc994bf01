import { z } from 'zod';

export const SearchQuery = z.object({
  q: z.string().trim().min(1).max(200).meta({ description: 'Text in any script: "Vietnam", "ベトナム", "ブリンケン"' }),
  limit: z.coerce.number().int().min(1).max(100).default(20),
});

export const SearchHit = z
  .object({
    id: z.string(),
    kind: z.enum(['country', 'person', 'organization']),
    label: z.string(),
    names: z.record(z.string(), z.string()).optional(),
    matched: z.string().meta({ description: 'The name that matched' }),
  })
  .meta({ id: 'SearchHit' });

export const SearchResult = z.object({ items: z.array(SearchHit) }).meta({ id: 'SearchResult' });

// Maps driver errors to the port's StoreError, naming the server so that a failing deployment
// says where it looked.
import { Neo4jError } from 'neo4j-driver';
import { StoreError } from '../graph-store.js';

const UNAVAILABLE = new Set(['ServiceUnavailable', 'SessionExpired']);

export function toStoreError(err: unknown, uri: string, doing: string): StoreError {
  if (err instanceof StoreError) return err;
  if (err instanceof Neo4jError) {
    if (UNAVAILABLE.has(err.code)) return new StoreError(`Neo4j at ${uri} is unavailable while ${doing}: ${err.message}`, 'unavailable', { cause: err });
    if (err.code.startsWith('Neo.ClientError.Security.')) return new StoreError(`Neo4j at ${uri} refused the credentials (NEO4J_USER / NEO4J_PASSWORD) while ${doing}: ${err.message}`, 'unavailable', { cause: err });
    if (err.code === 'Neo.ClientError.Schema.ConstraintValidationFailed') return new StoreError(`Neo4j at ${uri}: a write conflicts with a uniqueness constraint while ${doing}: ${err.message}`, 'conflict', { cause: err });
    if (err.code.startsWith('Neo.ClientError.')) return new StoreError(`Neo4j at ${uri} rejected a query while ${doing}: ${err.message}`, 'invalid', { cause: err });
    return new StoreError(`Neo4j at ${uri} failed while ${doing}: ${err.message}`, 'unavailable', { cause: err });
  }
  const message = err instanceof Error ? err.message : String(err);
  return new StoreError(`Neo4j at ${uri} failed while ${doing}: ${message}`, 'unavailable', { cause: err });
}

// The data directory of the embedded store: the database file plus entente-store.json, which
// records which store and storage version wrote it. Storage files of different engines (Kuzu,
// LadybugDB) or storage versions are not interchangeable, so a mismatch is refused up front
// rather than discovered as a crash.
import { existsSync, mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { StoreError } from '../graph-store.js';

export const MARKER_FILE = 'entente-store.json';
export const DATABASE_FILE = 'graph.lbug';
export const STORE_NAME = 'ladybugdb';
/** Bumped when cypher/ladybug/schema.cypher changes in a way an old directory cannot follow. */
export const SCHEMA_VERSION = 2;

export interface StoreMarker { store: string; engineVersion: string; storageVersion: number; schemaVersion: number; createdAt: string }

export interface Engine { version: string; storageVersion: number }

/** Checks (or creates) the directory and its marker; returns the database file path. */
export function prepareDataDir(dir: string, engine: Engine): string {
  const abs = path.resolve(dir);
  if (existsSync(abs) && !statSync(abs).isDirectory()) throw new StoreError(`The data directory ${abs} is a file, not a directory. Set ENTENTE_DATA_DIR to a directory.`, 'invalid');
  try {
    mkdirSync(abs, { recursive: true });
  } catch (err) {
    throw new StoreError(`Cannot create the data directory ${abs}: ${(err as Error).message}`, 'unavailable', { cause: err });
  }
  const markerPath = path.join(abs, MARKER_FILE);
  const dbPath = path.join(abs, DATABASE_FILE);
  if (existsSync(markerPath)) {
    const marker = readMarker(markerPath);
    if (marker.store !== STORE_NAME) {
      throw new StoreError(`The data directory ${abs} was written by another store ("${marker.store}" ${marker.engineVersion}), not ${STORE_NAME}. Choose another ENTENTE_DATA_DIR, or export from that store and load the export here.`, 'conflict');
    }
    if (marker.storageVersion !== engine.storageVersion) {
      throw new StoreError(`The data directory ${abs} was written by ${STORE_NAME} ${marker.engineVersion} (storage version ${marker.storageVersion}); this build (${STORE_NAME} ${engine.version}) reads storage version ${engine.storageVersion}. Export it with the version that wrote it and load the export into a new directory.`, 'conflict');
    }
    if (marker.schemaVersion !== SCHEMA_VERSION) {
      throw new StoreError(`The data directory ${abs} holds Entente schema version ${marker.schemaVersion}; this build uses version ${SCHEMA_VERSION}. Export it with the build that wrote it (entente export --format json) and load the export into a new directory.`, 'conflict');
    }
  } else if (existsSync(dbPath)) {
    throw new StoreError(`The data directory ${abs} holds ${DATABASE_FILE} but no ${MARKER_FILE}, so which engine wrote it is unknown. Move it away or choose another ENTENTE_DATA_DIR.`, 'conflict');
  } else {
    const marker: StoreMarker = { store: STORE_NAME, engineVersion: engine.version, storageVersion: engine.storageVersion, schemaVersion: SCHEMA_VERSION, createdAt: new Date().toISOString() };
    writeFileSync(markerPath, `${JSON.stringify(marker, null, 2)}\n`);
  }
  return dbPath;
}

function readMarker(file: string): StoreMarker {
  let data: unknown;
  try {
    data = JSON.parse(readFileSync(file, 'utf8'));
  } catch (err) {
    throw new StoreError(`${file} is not valid JSON (${(err as Error).message}); it should record which store wrote this directory.`, 'corrupt', { cause: err });
  }
  const m = data as Partial<StoreMarker>;
  if (!m || typeof m.store !== 'string' || typeof m.storageVersion !== 'number') {
    throw new StoreError(`${file} does not say which store wrote this directory (expected "store" and "storageVersion").`, 'corrupt');
  }
  return { store: m.store, engineVersion: String(m.engineVersion ?? 'unknown'), storageVersion: m.storageVersion, schemaVersion: Number(m.schemaVersion ?? 1), createdAt: String(m.createdAt ?? '') };
}

/** Turns the engine's open errors into messages naming the directory. */
export function openError(dir: string, err: unknown): StoreError {
  const msg = err instanceof Error ? err.message : String(err);
  if (/lock/i.test(msg)) {
    return new StoreError(`The embedded database in ${dir} is in use by another process (${firstLine(msg)}). Stop the other entente process, or set ENTENTE_DATA_DIR to another directory.`, 'locked', { cause: err });
  }
  if (/not a valid|corrupt|checksum|wal|magic|database id/i.test(msg)) {
    return new StoreError(`The embedded database in ${dir} is damaged or not a LadybugDB database (${firstLine(msg)}). Restore it from an export, or move it away to start empty.`, 'corrupt', { cause: err });
  }
  return new StoreError(`Cannot open the embedded database in ${dir}: ${firstLine(msg)}`, 'unavailable', { cause: err });
}

const firstLine = (s: string) => s.split('\n')[0];

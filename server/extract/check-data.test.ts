import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { checkDataFiles } from './check-data.js';
import { DataFileError, loadDataFile } from './data-file.js';
import { OfficialsFile } from './gazetteer/schema.js';
import { TriggersFile } from './lang/schema.js';

describe('data files', () => {
  test('every shipped dictionary and gazetteer validates', () => {
    const bad = checkDataFiles().filter((r) => !r.ok);
    expect(bad).toEqual([]);
  });

  test('a broken entry is reported with its file and path', () => {
    const dir = mkdtempSync(join(tmpdir(), 'entente-data-'));
    const file = join(dir, 'officials.json');
    writeFileSync(file, JSON.stringify({ about: 'x', officials: [{ name: 'Ana Vera', aliases: [], country: 'XX', roles: [{ role: 'Minister', category: 'foreign' }], source: 'test' }] }));
    expect(() => loadDataFile(file, OfficialsFile)).toThrow(DataFileError);
    expect(() => loadDataFile(file, OfficialsFile)).toThrow(/officials\.json: entry officials\.0\.country/);
  });

  test('a pattern that is not a regular expression is rejected', () => {
    const dir = mkdtempSync(join(tmpdir(), 'entente-data-'));
    const file = join(dir, 'triggers.json');
    writeFileSync(file, JSON.stringify({ about: 'x', meeting: [{ pattern: 'met(', kind: 'talks' }], pact: [{ pattern: 'pact', kind: 'agreement' }], status: { signed: 's', established: 'e', agreed: 'a', negotiating: 'n' }, planned: 'p', coreference: 'c', multilateral: 'm', hypothetical: 'h', negation: 'n' }));
    expect(() => loadDataFile(file, TriggersFile)).toThrow(/meeting\.0\.pattern: is not a valid regular expression/);
  });
});

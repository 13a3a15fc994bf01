// Every Neo4j query file goes through Neo4j's own Cypher parser and semantic checks
// (@neo4j-cypher/language-support, offline). Parameters are supplied at run time, so the
// "parameter not declared" diagnostics are filtered; everything else, warnings included
// (deprecated syntax, a label or relationship type the graph does not have), fails.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from '@jest/globals';
import { isNotParamError, lintCypherQuery, type DbSchema } from '@neo4j-cypher/language-support';
import { CYPHER_DIR } from '../../server/store/queries.js';

const NEO4J_CYPHER_DIR = path.join(CYPHER_DIR, 'neo4j');

/** The graph's vocabulary: a misspelt label or type in a query is reported against it. */
const SCHEMA: DbSchema = {
  labels: ['Country', 'Person', 'Organization', 'Meeting', 'Pact', 'Document'],
  relationshipTypes: ['ATTENDED', 'PARTY_TO', 'REPRESENTS', 'HELD_IN', 'REPORTED_IN', 'TIE'],
};

type Diagnostic = ReturnType<typeof lintCypherQuery>['diagnostics'][number];
const messageOf = (d: Diagnostic) => (typeof d.message === 'string' ? d.message : d.message.value);
const notAboutParameters = (d: Diagnostic) => isNotParamError({ message: messageOf(d) });

function problems(query: string): string[] {
  const lines = query.split('\n');
  return lintCypherQuery(query, SCHEMA).diagnostics.filter(notAboutParameters).map((d) => {
    const line = d.range.start.line;
    return `line ${line + 1}: ${messageOf(d)}\n    ${lines[line]?.trim() ?? ''}`;
  });
}

const files = readdirSync(NEO4J_CYPHER_DIR).filter((f) => f.endsWith('.cypher')).sort();

describe('cypher/neo4j lint', () => {
  it('finds the query files', () => {
    expect(files.length).toBeGreaterThanOrEqual(20);
  });

  it.each(files)('%s parses cleanly', (file) => {
    const text = readFileSync(path.join(NEO4J_CYPHER_DIR, file), 'utf8');
    expect(text).toMatch(/\S/);
    expect(problems(text)).toEqual([]);
  });

  it('catches a broken query', () => {
    expect(problems('MATCH (m:Meeting)\nRETRN m.id')).toEqual(expect.arrayContaining([expect.stringContaining("line 2: Invalid input 'RETRN'")]));
    expect(problems('MATCH (m:Meeting) WHERE m.dateFrom <= date($to) RETURN n').join('\n')).toContain('Variable `n` not defined');
  });

  it('catches a misspelt label or relationship type and deprecated syntax', () => {
    expect(problems('MATCH (m:Meetng) RETURN m').join('\n')).toContain('Label Meetng is not present');
    expect(problems('MATCH (a)-[:TEI]->(b) RETURN a').join('\n')).toContain('Relationship type TEI is not present');
    expect(problems('MATCH (n) CALL { WITH n DETACH DELETE n } IN TRANSACTIONS').join('\n')).toContain('deprecated');
  });

  it('filters only the undeclared-parameter diagnostics', () => {
    const raw = lintCypherQuery('MATCH (m:Meeting {id: $id}) RETURN m', SCHEMA).diagnostics;
    expect(raw.some((d) => !notAboutParameters(d))).toBe(true);
    expect(problems('MATCH (m:Meeting {id: $id}) RETURN m')).toEqual([]);
  });
});

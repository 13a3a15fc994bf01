import { isLoopback, loadConfig, ConfigError } from './config.js';

describe('config', () => {
  test('defaults', () => {
    const c = loadConfig({}, '/srv/entente');
    expect(c).toMatchObject({ port: 8080, host: '127.0.0.1', dataDir: '/srv/entente/data', token: null, neo4j: null });
    expect(c.limits.documentBytes).toBe(6 * 1024 * 1024);
  });

  test('a non-loopback host needs a token or an explicit opt-out', () => {
    expect(() => loadConfig({ HOST: '0.0.0.0' })).toThrow(ConfigError);
    expect(() => loadConfig({ HOST: '0.0.0.0' })).toThrow(/ENTENTE_TOKEN/);
    expect(loadConfig({ HOST: '0.0.0.0', ENTENTE_TOKEN: 'a-long-enough-token' }).token).toBe('a-long-enough-token');
    expect(loadConfig({ HOST: '0.0.0.0', ENTENTE_ALLOW_REMOTE: '1' }).allowRemote).toBe(true);
    expect(isLoopback('127.0.0.1') && isLoopback('::1') && isLoopback('localhost')).toBe(true);
    expect(isLoopback('192.168.1.4')).toBe(false);
  });

  test('bad values name the variable', () => {
    expect(() => loadConfig({ PORT: 'eighty' })).toThrow(/PORT/);
    expect(() => loadConfig({ ENTENTE_TOKEN: 'short' })).toThrow(/ENTENTE_TOKEN/);
    expect(loadConfig({ ENTENTE_TOKEN: '', PORT: '' })).toMatchObject({ token: null, port: 8080 });
    expect(() => loadConfig({ NEO4J_URI: 'bolt://localhost:7687' })).toThrow(/NEO4J_PASSWORD/);
    expect(loadConfig({ NEO4J_URI: 'bolt://x:7687', NEO4J_PASSWORD: 'pw' }).neo4j).toMatchObject({ uri: 'bolt://x:7687', user: 'neo4j', database: 'neo4j' });
  });
});

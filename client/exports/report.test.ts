import { buildReport, escapeHtml, safeHref } from './report.js';

const base = {
  title: 'Report',
  generatedAt: '2025-01-01 00:00 UTC',
  imageDataUrl: 'data:image/png;base64,AAAA',
  legend: [{ label: 'Met', color: '#5b7083', shape: 'line' as const }],
  filters: ['Window 2024-01-01 – 2024-12-31'],
  counts: { nodes: 2, edges: 1 },
};

describe('HTML report', () => {
  test('names and quotes from articles are escaped, never markup', () => {
    const html = buildReport({ ...base, events: [{ type: 'meeting', kind: 'summit', date: '2024-05-01', participants: ['<script>alert(1)</script>'], quote: 'He said "<b>yes</b>" & left', sourceUrl: 'javascript:alert(1)', sourceName: 'Evil' }] });
    expect(html).not.toContain('<script>alert');
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(html).toContain('&lt;b&gt;yes&lt;/b&gt;');
    expect(html).not.toContain('href="javascript:');
  });

  test('contains the picture, legend, filters and one row per event', () => {
    const html = buildReport({ ...base, events: [
      { type: 'pact', kind: 'trade', date: '2024-02-01', participants: ['Japan', 'Vietnam'], sourceUrl: 'https://example.org/a', sourceName: 'Example' },
      { type: 'meeting', kind: 'call', date: null, participants: ['Japan'] },
    ] });
    expect(html).toContain('src="data:image/png;base64,AAAA"');
    expect(html).toContain('Window 2024-01-01 – 2024-12-31');
    expect(html.match(/<tr>/g)).toHaveLength(3);
    expect(html).toContain('<a href="https://example.org/a"');
    expect(html).toContain("default-src 'none'");
  });

  test('the ranking table and the metric chart are included, escaped, and only PNG data URLs are embedded', () => {
    const ranking = { title: 'Top 2 by PageRank', columns: ['#', 'Name', 'PageRank'], rows: [['1', '<b>Japan</b>', '0.12'], ['2', 'Vietnam', '0.08']] };
    const html = buildReport({ ...base, events: [], ranking, chart: { title: 'PageRank of Japan', image: 'data:image/png;base64,QUJD' } });
    expect(html).toMatch(/<table class="ranking"><caption>Top 2 by PageRank<\/caption>/);
    expect(html).toContain('<td>&lt;b&gt;Japan&lt;/b&gt;</td>');
    expect(html).toContain('<img alt="PageRank of Japan" src="data:image/png;base64,QUJD">');
    const hostile = buildReport({ ...base, events: [], chart: { title: 't', image: 'javascript:alert(1)' } });
    expect(hostile).not.toContain('javascript:');
    expect(buildReport({ ...base, events: [] })).not.toContain('class="ranking"');
  });

  test('helpers', () => {
    expect(escapeHtml(`'"&<>`)).toBe('&#39;&quot;&amp;&lt;&gt;');
    expect(safeHref('https://x.org/a b')).toBe('https://x.org/a%20b');
    expect(safeHref('data:text/html,hi')).toBeUndefined();
    expect(safeHref('not a url')).toBeUndefined();
  });
});

// End-to-end checks of extractArticle on short articles written for these tests.
import { Interchange } from '../domain/interchange/schema.js';
import { ExtractError, extractArticle } from './index.js';

const parties = (e: { participants: { type: string; code?: string; country?: string | null }[] }) =>
  [...new Set(e.participants.flatMap((p) => (p.type === 'person' ? (p.country ? [p.country] : []) : [p.code!])))].sort();

describe('extractArticle', () => {
  test('a Japanese report: yearless date, compound countries, titled officials, evidence offsets into the original text', () => {
    const text = '日豪外相が電話会談\n\n　上川外務大臣は１４日、オーストラリアのペニー・ウォン外相と電話会談を行った。両外相は、日豪の「特別な戦略的パートナーシップ」を一層深めることで一致した。\n写真：外務省';
    const out = extractArticle(text, { published: '2024-02-15', lang: 'ja' });
    expect(() => Interchange.parse(out)).not.toThrow();
    const meetings = out.events.filter((e) => e.type === 'meeting');
    expect(meetings).toHaveLength(1);
    expect(meetings[0]).toMatchObject({ kind: 'call', date: '2024-02-14', status: 'held' });
    expect(parties(meetings[0])).toEqual(['AU', 'JP']);
    const ev = meetings[0].evidence[0];
    expect(text.slice(ev.start, ev.end)).toBe(ev.quote);
    expect(ev.quote).toContain('１４日');
    const pacts = out.events.filter((e) => e.type === 'pact');
    expect(pacts.map((p) => [p.kind, parties(p).join('-')])).toEqual([['partnership', 'AU-JP']]);
    expect(out.documents[0]).toMatchObject({ title: '日豪外相が電話会談', lang: 'ja', published: '2024-02-15' });
  });

  test('a Spanish report: signing by two ministers is a meeting and a pact; the visit folds into the talks', () => {
    const text = 'Perú y Ecuador firman acuerdos\nQUITO, 9 may (Agencia) -- El canciller peruano, Luis Ramos, llegó este jueves a Quito en una visita oficial y se reunió con su homóloga ecuatoriana, Ana Vera.\nAl término de la reunión, Ramos y Vera firmaron un memorando de entendimiento sobre comercio fronterizo.';
    const out = extractArticle(text, { published: '2024-05-10', lang: 'es' });
    const meetings = out.events.filter((e) => e.type === 'meeting');
    expect(meetings).toHaveLength(1);
    expect(meetings[0]).toMatchObject({ date: '2024-05-09', place: 'EC' });
    expect(parties(meetings[0])).toEqual(['EC', 'PE']);
    const pacts = out.events.filter((e) => e.type === 'pact');
    expect(pacts).toHaveLength(1);
    expect(pacts[0]).toMatchObject({ kind: 'mou', status: 'signed', date: '2024-05-09' });
    expect(out.entities.persons.map((p) => [p.name, p.country])).toEqual(expect.arrayContaining([['Luis Ramos', 'PE'], ['Ana Vera', 'EC']]));
  });

  test('an English report: one subject meeting two counterparts gives two bilateral meetings', () => {
    const text = 'Kenyan minister in Oslo\nOn Tuesday in Oslo, Kenyan Foreign Minister Joseph Mwangi met his counterparts from Norway and Sweden, Kari Lund and Erik Berg.';
    const out = extractArticle(text, { published: '2024-06-13', lang: 'en' });
    const pairs = out.events.filter((e) => e.type === 'meeting').map((e) => parties(e).join('-')).sort();
    expect(pairs).toEqual(['KE-NO', 'KE-SE']);
    expect(out.events.every((e) => e.date === '2024-06-11')).toBe(true);
  });

  test('headlines and related-news lists do not become events', () => {
    const text = 'Leaders of Chile and Peru meet\nThe weather was mild.\nRelated news\nPresident of Chile visits Peru';
    const out = extractArticle(text, { published: '2024-06-13', lang: 'en' });
    expect(out.events).toEqual([]);
    expect(out.warnings?.map((w) => w.code)).toContain('no-events');
  });

  test('an impossible day is a warning and never an event date', () => {
    const out = extractArticle('見出し\n両国の国防相は先月31日、マニラで会談した。フィリピンと韓国の国防相が会談した。', { published: '2024-03-05', lang: 'ja' });
    expect(out.warnings?.map((w) => w.code)).toContain('impossible-date');
    for (const e of out.events) expect(e.date === null || !e.date.endsWith('-02-31')).toBe(true);
  });

  test('the language is detected when not given', () => {
    expect(extractArticle('Título\nEl presidente de México se reunió con el primer ministro de Canadá en la capital.', { published: '2024-01-10' }).documents[0].lang).toBe('es');
    expect(extractArticle('見出し\n両首脳は会談した。', { published: '2024-01-10' }).documents[0].lang).toBe('ja');
  });

  test('bad input gets a typed error', () => {
    expect(() => extractArticle('   ', { published: '2024-01-10' })).toThrow(ExtractError);
    expect(() => extractArticle('texto', { published: '2024-02-30' })).toThrow(/calendar date/);
    expect(() => extractArticle('Bonjour à tous, le ministre français a rencontré son homologue allemand à Paris pour discuter.', { published: '2024-01-10' })).toThrow(/not one of ja, es, en/);
    expect(() => extractArticle('text', { published: '2024-01-10', lang: 'fr' })).toThrow(/not supported/);
    expect(() => extractArticle('a\u0000b', { published: '2024-01-10', lang: 'en' })).toThrow(/binary/);
  });
});

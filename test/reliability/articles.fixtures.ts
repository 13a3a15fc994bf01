// Short articles written for these suites (not taken from any real report), one or two per
// language, each of which the extractor turns into at least one event. `overlapping` pairs
// describe the same meeting from two documents, so loads must merge rather than duplicate.
export interface TestArticle { text: string; published: string; lang: 'en' | 'ja' | 'es'; title: string }

export const ARTICLES: TestArticle[] = [
  {
    lang: 'en', title: 'Nordic talks in Helsinki', published: '2025-04-10',
    text: 'Nordic talks in Helsinki\nOn Tuesday in Helsinki, Finnish Foreign Minister Aino Virtanen met Estonian Foreign Minister Mart Tamm to discuss energy links across the Gulf.',
  },
  {
    lang: 'en', title: 'Chile and Peru sign a trade deal', published: '2025-05-03',
    text: 'Chile and Peru sign a trade deal\nLIMA, 2 May — The foreign ministers of Chile and Peru met in Lima on Friday and signed a trade agreement on port services.',
  },
  {
    lang: 'ja', title: '日越外相会談', published: '2025-03-12',
    text: '日越外相会談\n\n　日本とベトナムの外相は１１日、東京で会談した。両外相は海洋安全保障での協力を確認した。',
  },
  {
    lang: 'es', title: 'México y Colombia', published: '2025-06-20',
    text: 'México y Colombia refuerzan lazos\nBOGOTÁ, 19 jun (Agencia) -- La canciller mexicana, Lucía Ortega, se reunió este jueves en Bogotá con su homólogo colombiano, Andrés Ríos, y ambos firmaron un memorando de entendimiento sobre cooperación educativa.',
  },
];

/** The Helsinki meeting again, reported by another outlet: same day, same parties. */
export const OVERLAPPING: TestArticle = {
  lang: 'en', title: 'Helsinki meeting, second report', published: '2025-04-09',
  text: 'Finland and Estonia confer\nFinnish Foreign Minister Aino Virtanen met Estonian Foreign Minister Mart Tamm in Helsinki on Tuesday, officials said.',
};

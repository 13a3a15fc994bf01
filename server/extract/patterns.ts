// Compiles dictionary patterns. JavaScript's \b only knows ASCII letters, so in Spanish "firmó\b"
// never matches; \b in a pattern is rewritten to a Unicode-aware letter boundary.
const BOUNDARY = '(?:(?<=[\\p{L}\\p{N}])(?![\\p{L}\\p{N}])|(?<![\\p{L}\\p{N}])(?=[\\p{L}\\p{N}]))';

export function compilePattern(source: string, flags: string): RegExp {
  return new RegExp(source.replace(/\\b/g, BOUNDARY), flags.includes('u') ? flags : `${flags}u`);
}

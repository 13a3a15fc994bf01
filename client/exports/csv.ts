// CSV of the visible nodes and edges (RFC 4180). Pure: takes plain rows, returns text.

/** Spreadsheet programs run cells starting with these as formulas; a leading quote disarms them. */
const FORMULA_START = /^[=+\-@\t\r]/;

export function csvCell(value: unknown): string {
  if (value === undefined || value === null) return '';
  let text = Array.isArray(value) ? value.join(';') : String(value);
  if (typeof value === 'string' && FORMULA_START.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export function toCsv(columns: readonly string[], rows: readonly Record<string, unknown>[]): string {
  const lines = [columns.map(csvCell).join(',')];
  for (const row of rows) lines.push(columns.map((c) => csvCell(row[c])).join(','));
  return `${lines.join('\r\n')}\r\n`;
}

export const NODE_COLUMNS = ['id', 'kind', 'label', 'display', 'code', 'region', 'lat', 'lon', 'weight'] as const;
export const EDGE_COLUMNS = ['id', 'source', 'target', 'relation', 'kinds', 'weight', 'meetings', 'pacts', 'firstDate', 'lastDate'] as const;

/** Splits a CSV document back into rows of cells (used by tests and by nothing that needs speed). */
export function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') (cell += '"'), i++;
      else if (ch === '"') quoted = false;
      else cell += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ',') row.push(cell), (cell = '');
    else if (ch === '\n') row.push(cell), rows.push(row), (row = []), (cell = '');
    else if (ch !== '\r') cell += ch;
  }
  if (cell || row.length) row.push(cell), rows.push(row);
  return rows;
}

// JSON answers written as UTF-8 bytes, exactly the text JSON.stringify writes, but not as one
// string. V8 writes a JSON text in two-byte characters from its first character outside Latin-1
// on (a country's Japanese name in `nodes`), so a year's network became a 12 MB two-byte string,
// and turning that into UTF-8 cost as much again as making it: plain objects are therefore
// written member by member. Arrays of integers and of plain ASCII strings (the columns of a
// network: node positions, counts, distinct dates) are written straight into the bytes, which takes a
// third of the time of stringifying them and converting the text (4 ms of a year's 7).
import type { RequestHandler } from 'express';

const isPlainObject = (v: unknown): v is Record<string, unknown> => {
  if (typeof v !== 'object' || v === null || Array.isArray(v) || 'toJSON' in v) return false;
  const proto = Object.getPrototypeOf(v);
  return proto === Object.prototype || proto === null;
};

/** Texts longer than this become chunks of their own instead of being copied into the buffer. */
const OWN_CHUNK = 16 * 1024;
const [COMMA, COLON, QUOTE, MINUS, ZERO, OPEN_ARRAY, CLOSE_ARRAY, OPEN_OBJECT, CLOSE_OBJECT] = [0x2c, 0x3a, 0x22, 0x2d, 0x30, 0x5b, 0x5d, 0x7b, 0x7d];

const isStringArray = (a: unknown[]): a is string[] => {
  for (let i = 0; i < a.length; i++) if (typeof a[i] !== 'string') return false;
  return true;
};

/** Writes JSON text into 64 KB buffers, each handed to `sink` as it fills; `rest()` is the last. */
class JsonWriter {
  constructor(private readonly sink: (chunk: Buffer) => void) {}
  private buf = Buffer.allocUnsafe(OWN_CHUNK * 4);
  private len = 0;

  private room(n: number): void {
    if (this.len + n <= this.buf.length) return;
    this.flush();
    if (n > this.buf.length) this.buf = Buffer.allocUnsafe(n);
  }
  private flush(): void {
    if (!this.len) return;
    this.sink(this.buf.subarray(0, this.len));
    this.buf = Buffer.allocUnsafe(this.buf.length);
    this.len = 0;
  }
  private byte(c: number): void {
    this.room(1);
    this.buf[this.len++] = c;
  }
  private text(s: string): void {
    if (s.length > OWN_CHUNK) {
      this.flush();
      this.sink(Buffer.from(s, 'utf8'));
      return;
    }
    this.room(s.length * 3);
    this.len += this.buf.write(s, this.len, 'utf8');
  }

  /** An array of 32-bit integers and nulls (a column's missing entries) written digit by digit;
   * false, with nothing written, at its first other value (JSON.stringify writes it then). Checked
   * while writing: a separate pass over each column cost as much as a tenth of the writing. */
  private integers(a: unknown[]): boolean {
    this.room(a.length * 12 + 2); // a sign, 10 digits and a comma at most
    const b = this.buf;
    let p = this.len;
    b[p++] = OPEN_ARRAY;
    for (let i = 0; i < a.length; i++) {
      if (i) b[p++] = COMMA;
      const v = a[i];
      if (v === null) {
        p += b.write('null', p, 'latin1');
        continue;
      }
      // 32-bit integers only, so the digits below are exact; -0 (written "0") is left to JSON.stringify.
      if (typeof v !== 'number' || v !== (v | 0) || (v === 0 && 1 / v < 0)) return false;
      let x = v;
      if (x < 0) { b[p++] = MINUS; x = -x; }
      // Below 10,000 (node positions, counts, date positions: most of a network's integers) the
      // digits are written out by hand, without the loops that count and write them: a fifth less
      // time than the loops, and counting by comparisons with the writing loop kept was no faster.
      if (x < 10) { b[p++] = ZERO + x; continue; }
      if (x < 100) {
        const tens = (x / 10) | 0;
        b[p] = ZERO + tens; b[p + 1] = ZERO + x - tens * 10;
        p += 2;
        continue;
      }
      if (x < 1000) {
        const hundreds = (x / 100) | 0, rest = x - hundreds * 100, tens = (rest / 10) | 0;
        b[p] = ZERO + hundreds; b[p + 1] = ZERO + tens; b[p + 2] = ZERO + rest - tens * 10;
        p += 3;
        continue;
      }
      if (x < 10000) {
        const thousands = (x / 1000) | 0, r3 = x - thousands * 1000, hundreds = (r3 / 100) | 0, r2 = r3 - hundreds * 100, tens = (r2 / 10) | 0;
        b[p] = ZERO + thousands; b[p + 1] = ZERO + hundreds; b[p + 2] = ZERO + tens; b[p + 3] = ZERO + r2 - tens * 10;
        p += 4;
        continue;
      }
      let digits = 5;
      for (let y = x; y >= 100000; y = (y / 10) | 0) digits++;
      for (let q = p + digits - 1; q >= p; q--) {
        const rest = (x / 10) | 0;
        b[q] = ZERO + x - rest * 10;
        x = rest;
      }
      p += digits;
    }
    b[p++] = CLOSE_ARRAY;
    this.len = p;
    return true;
  }

  /** Strings of printable ASCII other than `"` and `\` need no escapes; false (nothing written)
   * at the first string with anything else, for JSON.stringify to write. */
  private plainStrings(a: string[]): boolean {
    let size = 2;
    for (let i = 0; i < a.length; i++) size += a[i].length + 3;
    this.room(size);
    const b = this.buf;
    let p = this.len;
    b[p++] = OPEN_ARRAY;
    for (let i = 0; i < a.length; i++) {
      if (i) b[p++] = COMMA;
      b[p++] = QUOTE;
      const s = a[i];
      for (let j = 0; j < s.length; j++) {
        const c = s.charCodeAt(j);
        if (c < 0x20 || c > 0x7e || c === QUOTE || c === 0x5c) return false;
        b[p++] = c;
      }
      b[p++] = QUOTE;
    }
    b[p++] = CLOSE_ARRAY;
    this.len = p;
    return true;
  }

  value(v: unknown): void {
    if (isPlainObject(v)) {
      this.byte(OPEN_OBJECT);
      let first = true;
      for (const key of Object.keys(v)) {
        const member = v[key];
        // Left out, as JSON.stringify leaves them out.
        if (member === undefined || typeof member === 'function' || typeof member === 'symbol') continue;
        if (!first) this.byte(COMMA);
        first = false;
        this.text(JSON.stringify(key));
        this.byte(COLON);
        this.value(member);
      }
      this.byte(CLOSE_OBJECT);
      return;
    }
    if (Array.isArray(v) && v.length > 16) {
      // Room for integers is claimed only for what starts like a column of them.
      if ((typeof v[0] === 'number' || v[0] === null) && this.integers(v)) return;
      if (isStringArray(v) && this.plainStrings(v)) return;
    }
    this.text(JSON.stringify(v) ?? 'null');
  }

  /** What is left after the chunks already given to the sink. */
  rest(): Buffer {
    return this.buf.subarray(0, this.len);
  }
}

const joined = (chunks: Buffer[]) => (chunks.length === 1 ? chunks[0] : Buffer.concat(chunks));

/** The UTF-8 bytes of JSON.stringify(body) (the same text). */
export function jsonBytes(body: unknown): Buffer {
  const chunks: Buffer[] = [];
  const w = new JsonWriter((chunk) => void chunks.push(chunk));
  w.value(body);
  chunks.push(w.rest());
  return joined(chunks);
}

/** Answers at least this large are sent as they are written (chunked), not once whole, and so
 * without an ETag: hashing megabytes costs more than re-sending them where client and server
 * mostly share a machine. The writer hands over 64 KB at a time, so that is the least. */
export const STREAM_FROM_BYTES = 256 * 1024;

/** res.json through the same writer (Express's own json settings, replacer and spaces, are not
 * used here). An answer past STREAM_FROM_BYTES goes out chunk by chunk while the rest is still
 * being written, so the client reads on its own core instead of waiting for the last byte to be
 * written before the first is sent. Smaller answers go through res.send whole (length, ETag). */
export const jsonAsBytes = ({ streamFrom = STREAM_FROM_BYTES } = {}): RequestHandler => (req, res, next) => {
  res.json = (body: unknown) => {
    if (!res.get('Content-Type')) res.type('application/json');
    // A HEAD answer is held whole: its length is all it sends.
    const limit = req.method === 'HEAD' ? Infinity : streamFrom;
    const held: Buffer[] = [];
    let heldBytes = 0;
    let streaming = false;
    const w = new JsonWriter((chunk) => {
      if (streaming) return void res.write(chunk);
      held.push(chunk);
      heldBytes += chunk.length;
      if (heldBytes < limit) return;
      streaming = true;
      for (const c of held.splice(0)) res.write(c);
    });
    try {
      w.value(body);
    } catch (err) {
      // Headers and part of the answer are out: a cut connection, never a truncated JSON text.
      if (streaming) return res.destroy(err as Error) as unknown as typeof res;
      throw err;
    }
    if (streaming) return res.end(w.rest());
    held.push(w.rest());
    return res.send(joined(held));
  };
  next();
};

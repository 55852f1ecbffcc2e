import type { FastifyInstance } from 'fastify';
import { HttpError, badField } from './http-errors.ts';

/** How deeply a JSON body may nest arrays and objects; the API's own bodies nest four levels at most. */
export const MAX_JSON_DEPTH = 32;

const strictUtf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });

/**
 * The text of a request body, refused (400) unless it is valid UTF-8: decoding would otherwise
 * turn invalid bytes into U+FFFD, and the person's text would be stored changed without a word.
 */
export function utf8Text(body: Buffer): string {
  try {
    return strictUtf8.decode(body);
  } catch {
    throw new HttpError(400, 'bad_request', 'The body is not valid UTF-8 text');
  }
}

/**
 * Refuses (400) JSON that nests arrays and objects deeper than MAX_JSON_DEPTH, before it is
 * parsed: one pass over the characters, skipping strings, so no nesting however deep can
 * overflow a stack here or in any walk over the parsed value.
 */
export function assertJsonDepth(text: string, max = MAX_JSON_DEPTH): void {
  let depth = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (inString) {
      if (c === 0x5c) i++; // a backslash: the next character is escaped
      else if (c === 0x22) inString = false;
    } else if (c === 0x22) {
      inString = true;
    } else if (c === 0x5b || c === 0x7b) {
      if (++depth > max) throw new HttpError(400, 'bad_request', `The JSON body nests arrays and objects more than ${max} levels deep`);
    } else if (c === 0x5d || c === 0x7d) {
      depth--;
    }
  }
}

/** What is wrong with a piece of text, if anything: PostgreSQL stores neither NUL nor a lone UTF-16 surrogate. */
export function textProblem(text: string): string | undefined {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 0) return 'must not contain NUL characters';
    if (c >= 0xd800 && c <= 0xdbff) {
      const next = text.charCodeAt(i + 1);
      if (next >= 0xdc00 && next <= 0xdfff) {
        i++;
        continue;
      }
      return 'must be valid Unicode text (it holds a lone surrogate, such as \\ud800)';
    }
    if (c >= 0xdc00 && c <= 0xdfff) return 'must be valid Unicode text (it holds a lone surrogate, such as \\udc00)';
  }
  return undefined;
}

/**
 * Refuses (400, naming the field) a request value holding text PostgreSQL would refuse or
 * change: NUL characters and lone surrogates, in any string or key at any depth. The walk keeps
 * its own stack, so a value's depth costs no call stack.
 */
export function assertValidText(value: unknown, where: string): void {
  const pending: [unknown, string][] = [[value, '']];
  for (let item = pending.pop(); item; item = pending.pop()) {
    const [current, path] = item;
    if (typeof current === 'string') {
      const problem = textProblem(current);
      if (problem) throw badField(path || `(${where})`, problem);
    } else if (current !== null && typeof current === 'object') {
      for (const [key, inner] of Object.entries(current)) {
        const at = path ? `${path}.${key}` : key;
        const problem = textProblem(key);
        if (problem) throw badField(at, `is a field name that ${problem}`);
        pending.push([inner, at]);
      }
    }
  }
}

/** Where a query string read by parseQueryString keeps why it could not be read (the router cannot be told to fail). */
export const QUERY_PROBLEM = Symbol('query problem');

export type ParsedQuery = Record<string, string | string[]> & { [QUERY_PROBLEM]?: HttpError };

/**
 * A query string read strictly: each name and value %-decoded as UTF-8 (with + as a space). A
 * malformed escape is not kept as typed or half-decoded: the query holds the 400 that the API
 * sends (under QUERY_PROBLEM, see queryProblem), since the router that calls this must not throw.
 * A name given more than once gives an array, which an endpoint's schema refuses where it wants one value.
 */
export function parseQueryString(query: string): ParsedQuery {
  const out = Object.create(null) as ParsedQuery;
  for (const pair of query.split('&')) {
    if (pair === '') continue;
    const eq = pair.indexOf('=');
    const name = decodeComponent(eq < 0 ? pair : pair.slice(0, eq));
    const value = eq < 0 ? '' : decodeComponent(pair.slice(eq + 1));
    if (name === undefined || value === undefined) {
      const field = name ?? '(query)';
      Object.defineProperty(out, QUERY_PROBLEM, { value: badField(field, name === undefined ? 'is a query parameter name that is not valid %-encoded UTF-8' : 'is not valid %-encoded UTF-8'), enumerable: false });
      return out;
    }
    const before = out[name];
    out[name] = before === undefined ? value : Array.isArray(before) ? [...before, value] : [before, value];
  }
  return out;
}

/** The 400 a query string read by parseQueryString holds, if it could not be read. */
export function queryProblem(query: unknown): HttpError | undefined {
  return query !== null && typeof query === 'object' && QUERY_PROBLEM in query ? (query as ParsedQuery)[QUERY_PROBLEM] : undefined;
}

function decodeComponent(raw: string): string | undefined {
  try {
    return decodeURIComponent(raw.replaceAll('+', ' '));
  } catch {
    return undefined;
  }
}

/**
 * JSON bodies read strictly: valid UTF-8, nested at most MAX_JSON_DEPTH levels, then parsed by
 * Fastify's own parser (which also refuses __proto__ and constructor.prototype keys).
 */
export function installStrictJson(app: FastifyInstance): void {
  const parseJson = app.getDefaultJsonParser('error', 'error');
  app.removeContentTypeParser('application/json');
  app.addContentTypeParser('application/json', { parseAs: 'buffer' }, (request, body: Buffer, done) => {
    let text: string;
    try {
      text = utf8Text(body);
      assertJsonDepth(text);
    } catch (error) {
      done(error as HttpError, undefined);
      return;
    }
    parseJson(request, text, done);
  });
}

import { createReadStream, existsSync, statSync } from 'node:fs';
import { basename, join } from 'node:path';
import { Readable, Transform, type TransformCallback } from 'node:stream';
import type { ReadableStream as WebReadableStream } from 'node:stream/web';
import { createGunzip } from 'node:zlib';
import { createInterface } from 'node:readline';

/** A data file opened for streaming: local path or URL, plain or gzip. */
export interface OpenedInput {
  /** The name shown in reports (file name or URL). */
  readonly name: string;
  /** Decompressed bytes. */
  readonly stream: Readable;
  /** Bytes of the (possibly compressed) source read so far, and its total where known. */
  readonly progress: () => { readonly read: number; readonly total: number | undefined };
}

export function isUrl(location: string): boolean {
  return /^https?:\/\//i.test(location);
}

/** Counts bytes flowing through, for progress on compressed input. */
class ByteCounter extends Transform {
  count = 0;
  override _transform(chunk: Buffer, _encoding: BufferEncoding, done: TransformCallback): void {
    this.count += chunk.length;
    done(null, chunk);
  }
}

const GZIP_MAGIC = [0x1f, 0x8b];

/** Opens a file or URL; gzip is recognised by its magic bytes, whatever the name says. */
export async function openInput(location: string): Promise<OpenedInput> {
  let raw: Readable;
  let total: number | undefined;
  if (isUrl(location)) {
    const response = await fetch(location);
    if (!response.ok || !response.body) throw new InputError(`${location}: HTTP ${response.status} ${response.statusText}`);
    const length = response.headers.get('content-length');
    total = length ? Number(length) : undefined;
    raw = Readable.fromWeb(response.body as WebReadableStream<Uint8Array>);
  } else {
    if (!existsSync(location)) throw new InputError(`${location}: no such file`);
    if (statSync(location).isDirectory()) throw new InputError(`${location}: is a folder, a file was expected`);
    total = statSync(location).size;
    raw = createReadStream(location);
  }
  const counter = new ByteCounter();
  const counted = raw.pipe(counter);
  raw.on('error', (error) => counted.destroy(error));
  let stream: Readable = counted;
  try {
    const head = await peek(counted, 2);
    if (head[0] === GZIP_MAGIC[0] && head[1] === GZIP_MAGIC[1]) {
      const gunzip = createGunzip();
      counted.on('error', (error) => gunzip.destroy(error));
      stream = counted.pipe(gunzip);
    }
  } catch (error) {
    raw.destroy();
    throw error;
  }
  // Whoever stops reading early destroys the stream it was given; the file or connection closes with it.
  stream.once('close', () => {
    counted.destroy();
    raw.destroy();
  });
  return { name: isUrl(location) ? location : basename(location), stream, progress: () => ({ read: counter.count, total }) };
}

/** Reads the first bytes of a stream without consuming them (fewer if the stream is shorter). */
async function peek(stream: Readable, bytes: number): Promise<Buffer> {
  const chunks: Buffer[] = [];
  let length = 0;
  return new Promise((resolve, reject) => {
    const finish = (ended: boolean): void => {
      cleanup();
      const head = Buffer.concat(chunks);
      // A stream that already ended holds at most a byte or two: no data file, and nothing to put back.
      if (head.length > 0 && !ended) stream.unshift(head);
      resolve(head.subarray(0, bytes));
    };
    const onEnd = (): void => finish(true);
    const onReadable = (): void => {
      for (let chunk = stream.read() as Buffer | null; chunk !== null; chunk = stream.read() as Buffer | null) {
        chunks.push(chunk);
        length += chunk.length;
        if (length >= bytes) return finish(false);
      }
    };
    const onError = (error: Error): void => {
      cleanup();
      reject(error);
    };
    const cleanup = (): void => {
      stream.off('readable', onReadable);
      stream.off('end', onEnd);
      stream.off('error', onError);
    };
    stream.on('readable', onReadable);
    stream.on('end', onEnd);
    stream.on('error', onError);
  });
}

/** Lines of a stream in the given encoding, with their 1-based line numbers; CRLF and LF both end a line. */
export async function* readLines(stream: Readable, encoding: BufferEncoding = 'utf8'): AsyncGenerator<{ line: string; number: number }> {
  stream.setEncoding(encoding);
  const lines = createInterface({ input: stream, crlfDelay: Infinity });
  let number = 0;
  for await (const line of lines) {
    number += 1;
    yield { line, number };
  }
}

/** Finds `name` or `name.gz` in a folder or under a base URL. */
export async function locateFile(base: string, name: string): Promise<string | undefined> {
  const candidates = [name, `${name}.gz`];
  if (isUrl(base)) {
    for (const candidate of candidates) {
      const url = `${base.replace(/\/$/, '')}/${candidate}`;
      const response = await fetch(url, { method: 'HEAD' }).catch(() => undefined);
      if (response?.ok) return url;
    }
    return undefined;
  }
  return candidates.map((c) => join(base, c)).find((path) => existsSync(path));
}

/** The input cannot be read at all: missing, unreachable, or not the format the importer reads. */
export class InputError extends Error {
  override readonly name = 'InputError';
}

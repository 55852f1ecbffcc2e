import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { ZodError } from 'zod';
import type { ApiError } from '@macromuse/contract/errors.schemas';

/** An error with an HTTP status and a message meant for the person who sent the request. */
export class HttpError extends Error {
  constructor(
    readonly statusCode: number,
    readonly code: string,
    message: string,
    readonly fields?: ApiError['fields'],
    readonly headers?: Readonly<Record<string, string>>,
  ) {
    super(message);
  }
}

export function badRequestFromZod(error: ZodError): HttpError {
  const fields = error.issues.map((issue) => ({ field: issue.path.join('.') || '(request)', problem: issue.message }));
  return new HttpError(400, 'bad_request', fields.map((f) => `${f.field}: ${f.problem}`).join('; '), fields);
}

export function notFound(message: string): HttpError {
  return new HttpError(404, 'not_found', message);
}

/** A 400 about one field of the request, in the same words as a schema's. */
export function badField(field: string, problem: string): HttpError {
  return new HttpError(400, 'bad_request', `${field}: ${problem}`, [{ field, problem }]);
}

/** A 409 for a client-made id that names something else (another account's, or another write). */
export function idTaken(message = 'This id is already used; generate a new UUID', problem = 'is already used'): HttpError {
  return new HttpError(409, 'id_taken', message, [{ field: 'id', problem }]);
}

/**
 * Every error leaves as JSON in one shape; unexpected ones are logged and never leak details.
 * With `appShell`, a page address the API does not know is answered with the web app instead.
 */
export function installErrorHandling(app: FastifyInstance, appShell?: (request: FastifyRequest, reply: FastifyReply) => FastifyReply | undefined): void {
  app.setErrorHandler((error: FastifyError | HttpError, request, reply) => {
    if (error instanceof HttpError) {
      const body: ApiError = { error: error.code, message: error.message, ...(error.fields ? { fields: error.fields } : {}) };
      if (error.headers) void reply.headers(error.headers);
      return reply.status(error.statusCode).send(body);
    }
    const status = error.statusCode ?? 500;
    if (status < 500) {
      return reply.status(status).send({ error: error.code ?? 'bad_request', message: error.message } satisfies ApiError);
    }
    request.log.error({ err: error }, 'request failed');
    return reply.status(500).send({ error: 'internal', message: 'Something went wrong on our side; please try again.' } satisfies ApiError);
  });
  app.setNotFoundHandler((request, reply) => {
    if (appShell?.(request, reply)) return;
    reply.status(404).send({ error: 'not_found', message: `No route ${request.method} ${request.url}` } satisfies ApiError);
  });
}

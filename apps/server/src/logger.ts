import pino from 'pino';

/** Structured JSON logs on stdout. */
export function createLogger(level: string): pino.Logger {
  return pino({ level, base: { service: 'macromuse' } });
}

export type Logger = pino.Logger;

import { pino, type Logger as PinoLogger } from 'pino';

export type Logger = PinoLogger;

/**
 * One JSON line per event on stdout. Tokens never reach the log: request URLs carrying one are
 * redacted before logging, and these paths are censored in case one slips into an object.
 */
export function createLogger(level: string): Logger {
  return pino({
    level,
    base: undefined,
    redact: {
      paths: ['token', '*.token', 'auth.token', 'headers.authorization', 'req.headers.authorization'],
      censor: '[redacted]',
    },
  });
}

export function redactUrl(url: string | undefined): string {
  return (url ?? '').replace(/([?&]token=)[^&]*/g, '$1[redacted]');
}

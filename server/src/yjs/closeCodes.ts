/**
 * Why the server closed a Yjs WebSocket: named constants, never magic numbers. The stock
 * y-websocket client treats 4400–4499 as final (it stops reconnecting), so only a device that
 * would send the same bad thing again gets one; 45xx means "reconnect and carry on".
 */
export const CloseCode = {
  GoingAway: 1001,
  MessageTooBig: 1009,
  BadMessage: 4400,
  Revoked: 4401,
  Forbidden: 4403,
  SaveFailed: 4500,
  Moved: 4503,
  TooSlow: 4508,
  TooManyMessages: 4529,
} as const;

export const CloseReason: Record<keyof typeof CloseCode, string> = {
  GoingAway: 'server shutting down',
  MessageTooBig: 'message too big',
  BadMessage: 'malformed message',
  Revoked: 'this link has been revoked',
  Forbidden: 'not allowed',
  TooSlow: 'connection too slow to keep up',
  TooManyMessages: 'too many messages',
  SaveFailed: 'the server could not save; reconnect to send your changes again',
  Moved: 'this workshop has moved to another server; reconnect',
};

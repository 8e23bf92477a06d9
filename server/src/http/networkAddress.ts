import os from 'node:os';
import type { Request } from 'express';
import type { JoinAddress } from '../../../shared/src/index.js';
import { publicBase } from './links.js';

const LOOPBACK = /^(localhost|127\.\d+\.\d+\.\d+|\[::1\])$/i;

/**
 * Where tablets should open the board. Links and QR codes carry PUBLIC_URL, or else the address
 * the console was opened at; opened at localhost, that reaches this computer only, so the console
 * is told this server's addresses on the venue's network to open it at instead.
 */
export function joinAddress(req: Request, publicUrl: string | null): JoinAddress {
  const base = publicBase(req, { publicUrl });
  const host = new URL(base).hostname;
  const port = req.socket.localPort;
  const networkUrls = Object.values(os.networkInterfaces())
    .flat()
    .filter((net) => net && net.family === 'IPv4' && !net.internal)
    .map((net) => `http://${net!.address}${port && port !== 80 ? `:${port}` : ''}`);
  return { base, onlyThisComputer: LOOPBACK.test(host), networkUrls };
}

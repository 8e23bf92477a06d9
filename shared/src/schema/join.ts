import { z } from 'zod';
import { TEXT_LIMITS } from './limits.js';

/** Six characters with no look-alikes (no 0/O, 1/I/L), shown as "ABC-234". */
export const JOIN_CODE_ALPHABET = 'ABCDEFGHJKMNPQRSTUVWXYZ23456789';
export const JOIN_CODE_LENGTH = 6;

/** What a person types: any case, with or without the dash or spaces. */
export function normaliseJoinCode(typed: string): string {
  return typed.toUpperCase().replace(/[\s-]/g, '');
}

export function formatJoinCode(code: string): string {
  return `${code.slice(0, 3)}-${code.slice(3)}`;
}

/** The start page with the code filled in: what a join link and its QR code open. */
export function joinUrl(base: string, code: string): string {
  return `${base.replace(/\/$/, '')}/join/${code}`;
}

/** Says exactly what is wrong with a typed code: its length, or which characters no code has. */
function checkJoinCode(code: string, ctx: z.RefinementCtx): void {
  if (code.length !== JOIN_CODE_LENGTH) {
    ctx.addIssue({
      code: 'custom',
      message: `A join code has six letters and digits, like ABC-234; this one has ${code.length}.`,
    });
    return;
  }
  const wrong = Array.from(new Set(Array.from(code).filter((c) => !JOIN_CODE_ALPHABET.includes(c))));
  if (wrong.length > 0) {
    ctx.addIssue({
      code: 'custom',
      message: `Join codes never contain ${wrong.map((c) => `“${c}”`).join(' or ')} (there is no 0, O, 1, I or L in them): check the code on the facilitator’s screen.`,
    });
  }
}

export const joinBodySchema = z.object({
  code: z.string().max(20).transform(normaliseJoinCode).pipe(z.string().superRefine(checkJoinCode)),
  name: z.string().trim().min(1).max(TEXT_LIMITS.personName).optional(),
});

export const createJoinCodeBodySchema = z.object({ teamId: z.string().min(1).max(64) });

export const joinCodeSchema = z.object({ code: z.string(), teamId: z.string(), joinUrl: z.string() });
export type JoinCodeInfo = z.infer<typeof joinCodeSchema>;
export const joinCodesResponseSchema = z.object({ codes: z.array(joinCodeSchema) });

/** Where tablets should open the board, as the facilitator's console needs to say it. */
export const joinAddressSchema = z.object({
  /** The address links and QR codes carry: PUBLIC_URL, else the one this console was opened at. */
  base: z.string(),
  /** True when that address reaches this computer only (localhost): tablets cannot open it. */
  onlyThisComputer: z.boolean(),
  /** This server's addresses on the networks it is connected to, to open the console at instead. */
  networkUrls: z.array(z.string()),
});
export type JoinAddress = z.infer<typeof joinAddressSchema>;

/**
 * The one address to show a room for its tablets, or null when it cannot be told: the address
 * itself when tablets can reach it; opened at localhost, this server's address on the network if
 * it has just one (the console offers the same); with several, which one the venue's Wi-Fi reaches
 * is a guess, and a wrong address on the wall sends every table to a dead page.
 */
export function addressForTablets(address: JoinAddress): string | null {
  if (!address.onlyThisComputer) return address.base;
  return address.networkUrls.length === 1 ? address.networkUrls[0]! : null;
}

export const joinedSchema = z.object({
  workshopId: z.string(),
  teamId: z.string(),
  token: z.string(),
  url: z.string(),
});
export type Joined = z.infer<typeof joinedSchema>;

/** A refusal that names the rule, in words a person can act on. */
export interface Refusal {
  code: string;
  message: string;
}

export type Outcome<T> = { ok: true; data: T } | { ok: false; error: Refusal };

export const accept = <T>(data: T): Outcome<T> => ({ ok: true, data });
export const refuse = <T = never>(code: string, message: string): Outcome<T> => ({
  ok: false,
  error: { code, message },
});

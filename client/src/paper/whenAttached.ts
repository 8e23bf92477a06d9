import { formatProgrammeTime } from '../../../shared/src/index.js';

/** When a paper was attached, as the programme writes times: "today at 9.50", or "on 12 May at 4.05". */
export function whenAttached(atMs: number, nowMs = Date.now()): string {
  const at = new Date(atMs);
  const time = formatProgrammeTime(at.getHours() * 60 + at.getMinutes());
  if (at.toDateString() === new Date(nowMs).toDateString()) return `today at ${time}`;
  const day = at.toLocaleDateString('en-GB', { day: 'numeric', month: 'long' });
  return `on ${day} at ${time}`;
}

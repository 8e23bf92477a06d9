import { findTemplate, isBriefingSeeded, seedBriefing } from '../../../shared/src/index.js';
import type { WorkshopRoom } from '../yjs/room.js';

/**
 * Puts the programme's briefing into a workshop's document, once: when the workshop is created,
 * and for a workshop created before the briefing lived in its document, when it is first loaded.
 * A document already seeded (the facilitator may have edited it since) is left alone, so this
 * runs on every load at no cost. A programme this build no longer knows seeds an empty briefing.
 */
export function seedWorkshopBriefing(room: WorkshopRoom, templateId: string | undefined): void {
  if (isBriefingSeeded(room.doc)) return;
  const decks = (templateId !== undefined && findTemplate(templateId)?.briefing) || [];
  room.change((doc) => seedBriefing(doc, decks));
}

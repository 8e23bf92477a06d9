import type { TemplateSummary } from '../schema/api.js';
import { strategicPoliticalLeadership } from './strategicPoliticalLeadership.js';

/** A programme a workshop can be created from: its agenda and default task teams. */
export type WorkshopTemplate = TemplateSummary;

export const templates: WorkshopTemplate[] = [strategicPoliticalLeadership];

export function findTemplate(id: string): WorkshopTemplate | undefined {
  return templates.find((template) => template.id === id);
}

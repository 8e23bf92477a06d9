import { blank } from './blank.js';
import { strategicPoliticalLeadership } from './strategicPoliticalLeadership.js';
import type { WorkshopTemplate } from './workshopTemplate.js';

export type { WorkshopTemplate } from './workshopTemplate.js';

export const templates: WorkshopTemplate[] = [strategicPoliticalLeadership, blank];

export function findTemplate(id: string): WorkshopTemplate | undefined {
  return templates.find((template) => template.id === id);
}

import { blank } from './blank.js';
import {
  renewingTopTeamWorking1,
  renewingTopTeamWorking2,
  renewingTopTeamWorking3,
} from './renewingTopTeamWorking.js';
import { sharedServicesLeadership } from './sharedServicesLeadership.js';
import { strategicPoliticalLeadership } from './strategicPoliticalLeadership.js';
import type { WorkshopTemplate } from './workshopTemplate.js';

export type { WorkshopTemplate } from './workshopTemplate.js';

/** Every programme in the handbook (000, 001, and 002's three workshops), then a blank one. */
export const templates: WorkshopTemplate[] = [
  strategicPoliticalLeadership,
  sharedServicesLeadership,
  renewingTopTeamWorking1,
  renewingTopTeamWorking2,
  renewingTopTeamWorking3,
  blank,
];

export function findTemplate(id: string): WorkshopTemplate | undefined {
  return templates.find((template) => template.id === id);
}

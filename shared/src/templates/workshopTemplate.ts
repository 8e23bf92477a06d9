import type { TemplateSummary } from '../schema/api.js';

/** A programme a workshop can be created from: its agenda and default task teams. */
export type WorkshopTemplate = TemplateSummary;

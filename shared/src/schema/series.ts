import { z } from 'zod';
import { templateSummarySchema } from './api.js';

export const seriesSchema = templateSummarySchema.shape.series.unwrap();
export type Series = z.infer<typeof seriesSchema>;

/**
 * A priority of an earlier workshop as it stood when it was read: what it said and what the room
 * made of it. Read-only: it lives in the earlier workshop, never in the later one's document.
 */
export const carriedPrioritySchema = z.object({
  id: z.string(),
  title: z.string(),
  note: z.string(),
  /** The category's id and its words; null when the priority was given none (or one no longer known). */
  category: z.object({ id: z.string(), label: z.string(), colour: z.string() }).nullable(),
  votes: z.number().int().min(0),
  /** The name of the task team it was allocated to; null: none. */
  allocatedTo: z.string().nullable(),
  /** Where it sat on the map, in that workshop's axis words; null: it was never put on the map. */
  place: z.string().nullable(),
});
export type CarriedPriority = z.infer<typeof carriedPrioritySchema>;

/**
 * One earlier workshop of the series and what it carries forward. Propositions and agreed
 * actions will join `priorities` here as kinds of their own, each with its status.
 */
export const carriedWorkshopSchema = z.object({
  id: z.string(),
  title: z.string(),
  part: z.number().int().min(1),
  of: z.number().int().min(1),
  createdAtMs: z.number(),
  /** When its clock was first started: the day it was held; null if it has not been run. */
  startedAtMs: z.number().nullable(),
  priorities: z.array(carriedPrioritySchema),
});
export type CarriedWorkshop = z.infer<typeof carriedWorkshopSchema>;

/** `GET /api/workshops/:id/carried-forward`: the earlier workshops of the chain, oldest first. */
export const carriedForwardSchema = z.object({ workshops: z.array(carriedWorkshopSchema) });
export type CarriedForward = z.infer<typeof carriedForwardSchema>;

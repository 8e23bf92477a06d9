import { briefingDeckSchema } from './briefing.js';
import { bodySchema } from './roster.js';
import { itemViewsSchema } from '../board/programmeView.js';
import { mapCategoriesSchema } from './categories.js';
import { z } from 'zod';
import { roles } from '../permissions/permissions.js';
import { agendaItemSchema, agendaSchema, programmeTimeSchema } from './agenda.js';
import { TEXT_LIMITS } from './limits.js';

export const MAX_TEAMS = 12;
const MAX_TEAM_NAME = TEXT_LIMITS.teamName;

/** Each problem with the task teams in a sentence that names the team as people count them. */
function checkTeamNames(names: string[], ctx: z.RefinementCtx): void {
  const say = (message: string) => ctx.addIssue({ code: 'custom', message });
  if (names.length === 0) say('A workshop needs at least one task team.');
  if (names.length > MAX_TEAMS)
    say(`A workshop can have at most ${MAX_TEAMS} task teams; this has ${names.length}.`);
  names.forEach((name, i) => {
    if (!name) say(`Task team ${i + 1} needs a name.`);
    else if (name.length > MAX_TEAM_NAME)
      say(`The name of task team ${i + 1} is ${name.length} characters long; ${MAX_TEAM_NAME} is the most.`);
  });
  const seen = new Map<string, number>();
  names.forEach((name, i) => {
    const first = seen.get(name.toLowerCase());
    if (name && first !== undefined)
      say(`Task teams ${first + 1} and ${i + 1} are both called “${name}”: give each its own name.`);
    else seen.set(name.toLowerCase(), i);
  });
}

export const createWorkshopBodySchema = z.object({
  title: z.string().trim().min(1, 'the workshop needs a title').max(TEXT_LIMITS.workshopTitle),
  templateId: z.string().min(1).max(64),
  teams: z.array(z.string().trim().max(2000)).max(100).superRefine(checkTeamNames).optional(),
  /** When the first item starts ("9.30" or "13:30"); every planned time follows. */
  startsAt: programmeTimeSchema.optional(),
  /** The workshop's own agenda instead of the template's; items without an id get one. */
  agenda: z
    .array(agendaItemSchema.extend({ id: agendaItemSchema.shape.id.optional() }))
    .min(1, 'an agenda needs at least one item')
    .max(100, 'an agenda can have at most 100 items')
    .refine((items) => {
      const ids = items.flatMap((item) => (item.id ? [item.id] : []));
      return new Set(ids).size === ids.length;
    }, 'agenda item ids must differ')
    .optional(),
});
export type CreateWorkshopBody = z.infer<typeof createWorkshopBodySchema>;

export const createTokenBodySchema = z
  .object({
    role: z.enum(roles),
    teamId: z.string().min(1).max(64).optional(),
    name: z.string().trim().min(1).max(TEXT_LIMITS.personName).optional(),
    /** The witness a witness link belongs to (PERM-22). */
    witnessId: z.string().min(1).max(64).optional(),
  })
  .refine((body) => body.role !== 'team' || body.teamId !== undefined, {
    message: 'a team link needs a teamId',
    path: ['teamId'],
  })
  .refine((body) => body.witnessId === undefined || body.role === 'witness', {
    message: 'only a witness link belongs to a witness',
    path: ['witnessId'],
  });
export type CreateTokenBody = z.infer<typeof createTokenBodySchema>;

export const teamSchema = z.object({ id: z.string(), name: z.string() });
export type Team = z.infer<typeof teamSchema>;

export const workshopSummarySchema = z.object({
  id: z.string(),
  title: z.string(),
  templateId: z.string(),
  teams: z.array(teamSchema),
  agenda: agendaSchema,
  /** The earlier workshop of its series it was started from, whose work it carries forward. */
  follows: z.string().nullable().optional(),
});
export type WorkshopSummary = z.infer<typeof workshopSummarySchema>;

export const createdWorkshopSchema = workshopSummarySchema.extend({
  facilitatorToken: z.string(),
  facilitatorUrl: z.string(),
});
export type CreatedWorkshop = z.infer<typeof createdWorkshopSchema>;

export const createdTokenSchema = z.object({
  token: z.string(),
  url: z.string(),
  role: z.enum(roles),
  teamId: z.string().nullable(),
  name: z.string().nullable(),
  witnessId: z.string().nullable().optional(),
});
export type CreatedToken = z.infer<typeof createdTokenSchema>;

/** A link as the facilitator's list shows it: never its token, which is not kept. */
export const linkRecordSchema = z.object({
  id: z.string(),
  role: z.enum(roles),
  teamId: z.string().nullable(),
  name: z.string().nullable(),
  /** The witness a witness link belongs to (PERM-22). */
  witnessId: z.string().nullable().optional(),
  /** The join code a tablet typed to get it; null for a link made on the console. */
  joinCode: z.string().nullable(),
  createdAtMs: z.number(),
  lastSeenAtMs: z.number().nullable(),
  revokedAtMs: z.number().nullable(),
  /** The link this request came with: revoking it would shut its holder out. */
  isYours: z.boolean(),
});
export type LinkRecord = z.infer<typeof linkRecordSchema>;
export const linksResponseSchema = z.object({ links: z.array(linkRecordSchema) });
export type LinksResponse = z.infer<typeof linksResponseSchema>;

export const apiErrorSchema = z.object({ error: z.object({ code: z.string(), message: z.string() }) });
export type ApiError = z.infer<typeof apiErrorSchema>;

/** Turns a zod failure into one sentence that names the field and the problem. */
export function describeIssues(error: z.ZodError): string {
  return (
    error.issues
      // Our own checks are whole sentences that already name what they are about.
      .map((issue) =>
        issue.path.length && issue.code !== 'custom'
          ? `${issue.path.join('.')}: ${issue.message}`
          : issue.message,
      )
      .join('; ')
  );
}

export const templateSummarySchema = z.object({
  id: z.string(),
  title: z.string(),
  description: z.string(),
  defaultTeams: z.array(z.string()),
  agenda: agendaSchema,
  /** One of a series of linked workshops (the handbook's Renewing Top Team Working). */
  series: z
    .object({ id: z.string(), title: z.string(), part: z.number().int().min(1), of: z.number().int().min(1) })
    .optional(),
  /** Said beside the programme when its times are the board's, not the handbook's. */
  timesNote: z.string().optional(),
  /** The cards its inputs carry (the handbook's briefing content); each workshop starts with its own copy. */
  briefing: z.array(briefingDeckSchema).optional(),
  /** What the projector and the tablets show during each kind of item (BOARD-11). */
  itemViews: itemViewsSchema,
  /** The structure of the room: the councils' bodies its task teams' members come from. */
  room: z.object({ bodies: z.array(bodySchema).min(1) }),
  /** Its challenges and the other categories of its priority map. */
  categories: mapCategoriesSchema,
});
export const templatesResponseSchema = z.object({ templates: z.array(templateSummarySchema) });
export type TemplateSummary = z.infer<typeof templateSummarySchema>;
export type TemplatesResponse = z.infer<typeof templatesResponseSchema>;

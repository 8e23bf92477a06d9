import { type Team, type WorkshopSummary } from '../../../../shared/src/index.js';
import type { NewWorkshop, WorkshopStore } from '../storage.js';
import { rows, type Sql } from './pool.js';
import { workshopOf, type WorkshopRow } from '../rows.js';

/**
 * The workshop and its teams in one statement (so in one transaction), teams numbered in their
 * order. Foreign keys are checked at the end of the statement, so the teams see their workshop.
 */
const INSERT = `
  WITH w AS (
    INSERT INTO workshops (id, title, template_id, agenda, created_at, follows)
    VALUES ($1, $2, $3, $4, $5, $6) RETURNING id
  )
  INSERT INTO teams (workshop_id, id, name, position)
  SELECT w.id, t.id, t.name, t.position - 1
  FROM w, unnest($7::text[], $8::text[]) WITH ORDINALITY AS t(id, name, position)`;

/**
 * The workshops `id` follows, nearest first, as SeriesRepo.earlier walks them: the walk stops at
 * `limit` steps or at the first workshop already passed (a loop).
 */
const EARLIER = `
  WITH RECURSIVE chain (id, depth, passed, looped) AS (
    SELECT follows, 1, ARRAY[id], follows = id FROM workshops WHERE id = $1 AND follows IS NOT NULL
    UNION ALL
    SELECT w.follows, c.depth + 1, c.passed || c.id, w.follows = ANY (c.passed || c.id)
    FROM chain c JOIN workshops w ON w.id = c.id
    WHERE NOT c.looped AND w.follows IS NOT NULL AND c.depth < $2
  )
  SELECT id FROM chain WHERE NOT looped AND depth <= $2 ORDER BY depth`;

/** Creates the workshop, following `follows` in its series when given. */
export async function insertWorkshop(
  sql: Sql,
  workshop: NewWorkshop,
  follows: string | null = null,
): Promise<void> {
  const { id, title, templateId, agenda, teams, createdAtMs } = workshop;
  await sql.query(INSERT, [
    id,
    title,
    templateId,
    JSON.stringify(agenda),
    createdAtMs,
    follows,
    teams.map((team) => team.id),
    teams.map((team) => team.name),
  ]);
}

export class PostgresWorkshopStore implements WorkshopStore {
  constructor(private readonly sql: Sql) {}

  async create(workshop: NewWorkshop): Promise<void> {
    await insertWorkshop(this.sql, workshop);
  }

  async createFollowing(workshop: NewWorkshop, earlierId: string): Promise<void> {
    await insertWorkshop(this.sql, workshop, earlierId);
  }

  async exists(id: string): Promise<boolean> {
    return (await rows(this.sql, 'SELECT 1 FROM workshops WHERE id = $1', [id])).length > 0;
  }

  async find(id: string): Promise<WorkshopSummary | undefined> {
    const [row] = await rows<WorkshopRow>(
      this.sql,
      'SELECT id, title, template_id, agenda, follows FROM workshops WHERE id = $1',
      [id],
    );
    if (!row) return undefined;
    const teams = await rows<Team>(
      this.sql,
      'SELECT id, name FROM teams WHERE workshop_id = $1 ORDER BY position',
      [id],
    );
    return workshopOf(row, teams);
  }

  async teamName(workshopId: string, teamId: string): Promise<string | undefined> {
    const [row] = await rows<{ name: string }>(
      this.sql,
      'SELECT name FROM teams WHERE workshop_id = $1 AND id = $2',
      [workshopId, teamId],
    );
    return row?.name;
  }

  async createdAtMs(id: string): Promise<number | undefined> {
    const [row] = await rows<{ created_at: number }>(
      this.sql,
      'SELECT created_at FROM workshops WHERE id = $1',
      [id],
    );
    return row?.created_at;
  }

  async followedBy(id: string): Promise<string | null> {
    const [row] = await rows<{ id: string }>(
      this.sql,
      'SELECT id FROM workshops WHERE follows = $1 ORDER BY created_at LIMIT 1',
      [id],
    );
    return row?.id ?? null;
  }

  async earlier(id: string, limit: number): Promise<string[]> {
    const chain = await rows<{ id: string }>(this.sql, EARLIER, [id, limit]);
    return chain.map((row) => row.id).reverse();
  }
}

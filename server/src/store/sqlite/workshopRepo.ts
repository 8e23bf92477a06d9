import { type Team, type WorkshopSummary } from '../../../../shared/src/index.js';
import type { NewWorkshop } from '../storage.js';
import type { Db } from './db.js';
import { workshopOf, type WorkshopRow } from '../rows.js';

export class WorkshopRepo {
  private readonly insertWorkshop;
  private readonly insertTeam;
  private readonly selectWorkshop;
  private readonly selectTeams;
  private readonly selectTeamName;
  private readonly selectCreatedAt;

  constructor(private readonly db: Db) {
    this.insertWorkshop = db.prepare(
      'INSERT INTO workshops (id, title, template_id, agenda, created_at) VALUES (?, ?, ?, ?, ?)',
    );
    this.insertTeam = db.prepare('INSERT INTO teams (workshop_id, id, name, position) VALUES (?, ?, ?, ?)');
    this.selectWorkshop = db.prepare<[string], WorkshopRow>(
      'SELECT id, title, template_id, agenda, follows FROM workshops WHERE id = ?',
    );
    this.selectTeamName = db.prepare<[string, string], { name: string }>(
      'SELECT name FROM teams WHERE workshop_id = ? AND id = ?',
    );
    this.selectCreatedAt = db.prepare<[string], { created_at: number }>(
      'SELECT created_at FROM workshops WHERE id = ?',
    );
    this.selectTeams = db.prepare<[string], Team>(
      'SELECT id, name FROM teams WHERE workshop_id = ? ORDER BY position',
    );
  }

  create(workshop: NewWorkshop): void {
    this.db.transaction(() => {
      const { id, title, templateId, agenda, createdAtMs } = workshop;
      this.insertWorkshop.run(id, title, templateId, JSON.stringify(agenda), createdAtMs);
      workshop.teams.forEach((team, position) => this.insertTeam.run(id, team.id, team.name, position));
    })();
  }

  exists(id: string): boolean {
    return this.selectWorkshop.get(id) !== undefined;
  }

  teamName(workshopId: string, teamId: string): string | undefined {
    return this.selectTeamName.get(workshopId, teamId)?.name;
  }

  /** When the workshop was made (server time): the Action Report's day when its clock never started. */
  createdAtMs(id: string): number | undefined {
    return this.selectCreatedAt.get(id)?.created_at;
  }

  find(id: string): WorkshopSummary | undefined {
    const row = this.selectWorkshop.get(id);
    if (!row) return undefined;
    return workshopOf(row, this.selectTeams.all(id));
  }
}

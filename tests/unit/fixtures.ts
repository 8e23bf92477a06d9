import { findTemplate } from '../../shared/src/index.js';

export * from '../../shared/src/index.js';

export const strategicPoliticalLeadershipAgenda = findTemplate('strategic-political-leadership')!.agenda;

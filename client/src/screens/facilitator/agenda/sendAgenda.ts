import type { AgendaCommand } from '../../../../../shared/src/index.js';

/** Sends one agenda command; true when the server accepted it. */
export type SendAgenda = (command: AgendaCommand) => Promise<boolean>;

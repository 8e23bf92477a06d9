import type { Agenda } from '../../../shared/src/index.js';
import { useSessionState } from '../state/sessionContext.js';
import { PairingConsole } from './PairingConsole.js';
import { PoolingConsole } from './PoolingConsole.js';
import './councils.css';

/** One empty agenda: a selector must return the same value while nothing changed. */
const NO_AGENDA: Agenda = [];

/** The console's part of the two councils' programme: only where the programme has those items. */
export function CouncilsSection() {
  const agenda = useSessionState((s) => s.control?.agenda ?? NO_AGENDA);
  const shows = (view: string) =>
    agenda.some((item) => item.shows?.projector === view || item.shows?.tablet === view);
  return (
    <>
      {shows('pooled') && <PoolingConsole />}
      {shows('pairs') && <PairingConsole />}
    </>
  );
}

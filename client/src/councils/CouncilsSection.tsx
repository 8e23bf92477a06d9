import { useAgenda } from '../state/sessionContext.js';
import { PairingConsole } from './PairingConsole.js';
import { PoolingConsole } from './PoolingConsole.js';
import './councils.css';

/** The console's part of the two councils' programme: only where the programme has those items. */
export function CouncilsSection() {
  const agenda = useAgenda();
  const shows = (view: string) =>
    agenda.some((item) => item.shows?.projector === view || item.shows?.tablet === view);
  return (
    <>
      {shows('pooled') && <PoolingConsole />}
      {shows('pairs') && <PairingConsole />}
    </>
  );
}

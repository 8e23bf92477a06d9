import { useMemo, useSyncExternalStore } from 'react';
import type * as Y from 'yjs';
import { updateCard, type Card } from '../../../shared/src/index.js';
import { TitleWatch } from './titleWatch.js';

export interface TitleConflict {
  /** This device's title, which lost. */
  mine: string;
  /** The title everyone has now. */
  theirs: string;
  /** Puts this device's title back, as a new write that everyone sees as an ordinary later edit. */
  restore(): void;
  /** Lets this device's title go. */
  dismiss(): void;
}

/**
 * Two people retitling one priority at the same time cannot both win: one version is kept whole,
 * the same on every device. This tells the person whose version lost, and lets them put it back
 * with one tap.
 */
export function useTitleConflicts(doc: Y.Doc, workshopId: string) {
  const watch = useMemo(() => new TitleWatch(doc, workshopId), [doc, workshopId]);
  const lost = useSyncExternalStore(watch.subscribe, watch.lost);
  /** The card's conflict, unless its title now is what this device wrote after all. */
  return (card: Card): TitleConflict | null => {
    const mine = lost[card.id];
    if (mine === undefined || mine === card.title) return null;
    return {
      mine,
      theirs: card.title,
      restore: () => {
        updateCard(doc, card.id, { title: mine });
        watch.dismiss(card.id);
      },
      dismiss: () => watch.dismiss(card.id),
    };
  };
}

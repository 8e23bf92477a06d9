import { z } from 'zod';
import * as Y from 'yjs';
import { cardsMap, cardTitleOutcome, cardTitleWrite, readCard } from '../../../shared/src/index.js';
import { safeLocalStorage } from '../live/token.js';

const remembered = z.object({
  // This device's last title write per card, with its words: a lost write's item is emptied by Yjs.
  writes: z.record(z.string(), z.object({ client: z.number(), clock: z.number(), title: z.string() })),
  // Titles this device wrote that lost to someone else's at the same time, until put back or let go.
  lost: z.record(z.string(), z.string()),
});
type Remembered = z.infer<typeof remembered>;

/**
 * Watches this device's title writes until each is judged (`cardTitleOutcome`): kept, replaced by
 * a later edit, or lost to a concurrent one. What it remembers is kept in the device's storage,
 * so a write made offline is still judged, and a lost title still offered back, after a reload.
 */
export class TitleWatch {
  private state: Remembered;
  private listeners = new Set<() => void>();
  private readonly storageKey: string;

  constructor(
    private readonly doc: Y.Doc,
    workshopId: string,
  ) {
    this.storageKey = `challenge-board:title-writes:${workshopId}`;
    this.state = load(this.storageKey);
  }

  /** The titles this device lost, by card id; a new object after every change. */
  lost = (): Readonly<Record<string, string>> => this.state.lost;

  subscribe = (listener: () => void): (() => void) => {
    const cards = cardsMap(this.doc);
    if (this.listeners.size === 0) {
      cards.observeDeep(this.observe);
      // Others' writes may have arrived while nothing watched: judge what is remembered now.
      this.change((next) => Object.keys(next.writes).forEach((id) => this.judge(next, id)));
    }
    this.listeners.add(listener);
    return () => {
      this.listeners.delete(listener);
      if (this.listeners.size === 0) cards.unobserveDeep(this.observe);
    };
  };

  /** Lets a lost title go: the person keeps the other version. */
  dismiss(cardId: string): void {
    this.change((next) => delete next.lost[cardId]);
  }

  private observe = (events: Y.YEvent<Y.AbstractType<unknown>>[], tr: Y.Transaction): void => {
    const cards = cardsMap(this.doc);
    const titled = new Set<string>();
    const added = new Set<string>();
    const removed = new Set<string>();
    for (const event of events) {
      if (!(event instanceof Y.YMapEvent)) continue;
      if (event.target === cards)
        for (const id of event.keysChanged as Set<string>) (cards.has(id) ? added : removed).add(id);
      else if (event.target.parent === cards && event.keysChanged.has('title'))
        titled.add(event.target._item!.parentSub!);
    }
    if (titled.size + added.size + removed.size === 0) return;
    this.change((next) => {
      removed.forEach((id) => forget(next, id));
      if (tr.local) titled.forEach((id) => this.remember(next, id));
      // A card can arrive whole with a rival title in it (a reload that syncs before the device's
      // own copy loads), so an arriving card is judged as well as a changed title.
      else [...titled, ...added].forEach((id) => this.judge(next, id));
    });
  };

  private remember(next: Remembered, cardId: string): void {
    const card = cardsMap(this.doc).get(cardId);
    const write = card && cardTitleWrite(card);
    if (!card || !write) return;
    next.writes[cardId] = { ...write, title: readCard(cardId, card).title };
    delete next.lost[cardId];
  }

  private judge(next: Remembered, cardId: string): void {
    const card = cardsMap(this.doc).get(cardId);
    const mine = next.writes[cardId];
    if (!card || !mine) return;
    const outcome = cardTitleOutcome(card, mine);
    if (outcome === 'lost') next.lost[cardId] = mine.title;
    if (outcome === 'lost' || outcome === 'replaced') delete next.writes[cardId];
  }

  /** Applies `edit` to a copy, and stores and announces it only if something changed. */
  private change(edit: (next: Remembered) => void): void {
    const next = structuredClone(this.state);
    edit(next);
    if (JSON.stringify(next) === JSON.stringify(this.state)) return;
    this.state = next;
    save(this.storageKey, next);
    this.listeners.forEach((listener) => listener());
  }
}

function forget(state: Remembered, cardId: string): void {
  delete state.writes[cardId];
  delete state.lost[cardId];
}

function load(key: string): Remembered {
  try {
    const parsed = remembered.safeParse(JSON.parse(safeLocalStorage()?.getItem(key) ?? 'null'));
    if (parsed.success) return parsed.data;
  } catch {
    // Unreadable or refused: start afresh.
  }
  return { writes: {}, lost: {} };
}

function save(key: string, state: Remembered): void {
  try {
    const empty = Object.keys(state.writes).length === 0 && Object.keys(state.lost).length === 0;
    if (empty) safeLocalStorage()?.removeItem(key);
    else safeLocalStorage()?.setItem(key, JSON.stringify(state));
  } catch {
    // Storage refused: remembered for as long as the page is open.
  }
}

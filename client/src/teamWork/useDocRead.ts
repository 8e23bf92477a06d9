import { useCallback, useRef, useSyncExternalStore } from 'react';
import type * as Y from 'yjs';
import {
  optionsMap,
  propositionsMap,
  readOptions,
  readPropositions,
  readWitnessNotes,
  witnessNotesMap,
  type Option,
  type Proposition,
  type WitnessNote,
} from '../../../shared/src/index.js';

/**
 * What `read` makes of one top-level map of the document, read again only after the map has
 * changed, so a screen renders only when its content did. Marked stale on subscribing too: a
 * change between the first render and the subscription is then not missed.
 */
function useDocRead<T>(map: Y.Map<unknown> | Y.Map<Y.Map<unknown>>, read: () => T): T {
  const cache = useRef<{ value: T; stale: boolean } | null>(null);
  const subscribe = useCallback(
    (onChange: () => void) => {
      const observer = () => {
        if (cache.current) cache.current.stale = true;
        onChange();
      };
      map.observeDeep(observer);
      if (cache.current) cache.current.stale = true;
      return () => map.unobserveDeep(observer);
    },
    [map],
  );
  return useSyncExternalStore(subscribe, () => {
    if (!cache.current || cache.current.stale) cache.current = { value: read(), stale: false };
    return cache.current.value;
  });
}

export const useOptions = (doc: Y.Doc): Option[] => useDocRead(optionsMap(doc), () => readOptions(doc));

export const usePropositions = (doc: Y.Doc): Proposition[] =>
  useDocRead(propositionsMap(doc), () => readPropositions(doc));

export const useWitnessNotes = (doc: Y.Doc): WitnessNote[] =>
  useDocRead(witnessNotesMap(doc), () => readWitnessNotes(doc));

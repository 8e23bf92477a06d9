import { act, renderHook } from '@testing-library/react';
import { expect, it } from 'vitest';
import * as Y from 'yjs';
import { useMoveConflict } from '../../client/src/board/useMoveConflict.js';
import { addCard, updateCard } from '../../shared/src/index.js';

it('says so when someone else moves the same card at the same moment', () => {
  const here = new Y.Doc();
  const there = new Y.Doc();
  addCard(here, 'c1', { title: 'Libraries' });
  Y.applyUpdate(there, Y.encodeStateAsUpdate(here));
  const { result } = renderHook(() => useMoveConflict(here));

  act(() => {
    updateCard(here, 'c1', { x: 0.9 });
    result.current.moved('c1');
  });
  expect(result.current.notice).toBe('');
  // Their move reaches this device after this device's own.
  updateCard(there, 'c1', { x: 0.1, y: 0.2 });
  act(() => Y.applyUpdate(here, Y.encodeStateAsUpdate(there)));
  expect(result.current.notice).toBe(
    'Someone else moved “Libraries” at the same moment. It stays where they put it.',
  );
});

it('stays quiet about other cards and about its own moves', () => {
  const here = new Y.Doc();
  const there = new Y.Doc();
  addCard(here, 'c1', { title: 'Libraries' });
  addCard(here, 'c2', { title: 'Parks' });
  Y.applyUpdate(there, Y.encodeStateAsUpdate(here));
  const { result } = renderHook(() => useMoveConflict(here));
  act(() => result.current.moved('c1'));
  updateCard(there, 'c2', { x: 0.3 });
  act(() => {
    Y.applyUpdate(here, Y.encodeStateAsUpdate(there));
    updateCard(here, 'c1', { x: 0.4 });
  });
  expect(result.current.notice).toBe('');
});

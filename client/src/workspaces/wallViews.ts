import type { FollowedView } from '../../../shared/src/index.js';

/**
 * What the wall draws while it follows the programme, in the words the console uses for it. A
 * view the wall has no screen for keeps the clock in the centre. A later kind of work (the witness
 * sessions, the pooled priorities) adds itself here and in the projector.
 */
const wallWords: Partial<Record<FollowedView, string>> = {
  briefing: 'the briefing card',
  break: 'the break, and when the room is back',
  carried: 'what earlier workshops carried forward',
  map: 'the priority map',
  clock: 'the clock',
  witnesses: 'who is with which witness',
  pooled: 'the pooled priorities, shared and each council’s own',
  pairs: 'the portfolio-holder pairs',
  rotation: 'the ritual-dissent rotation',
  presentations: 'what the Leader shows: the team presenting, or the agreed actions',
};

export function wallView(followed: FollowedView): FollowedView {
  return wallWords[followed] ? followed : 'clock';
}

export function wallViewWords(followed: FollowedView): string {
  return wallWords[wallView(followed)]!;
}

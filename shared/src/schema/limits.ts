/**
 * The longest text each field takes, in characters. The schemas refuse more; the forms count
 * towards the limit and say when a paste did not fit, so no text is cut without a word.
 */
export const TEXT_LIMITS = {
  workshopTitle: 120,
  teamName: 60,
  /** A person's name on a link, or the one a tablet gives when it joins. */
  personName: 60,
  agendaItemTitle: 200,
  axisName: 60,
  /** A council's cabinet, a management team. */
  bodyName: 80,
  /** What a member is in the room, where it matters: "Portfolio holder, Finance". */
  memberRole: 80,
  /** A position paper written in the board: a short paper, some five thousand words at most. */
  positionPaper: 30_000,
  /** A briefing card's heading, its lead sentence and each of its points, as the facilitator edits them. */
  briefingHeading: 150,
  briefingLead: 500,
  briefingPoint: 300,
  /** What a witness is experienced in: "staff mutuals", "total place". */
  witnessExpertise: 120,
} as const;

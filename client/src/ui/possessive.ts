/** "Housing’s", but "Children and families’": the British possessive of a team's name. */
export function possessive(name: string): string {
  return /s$/i.test(name.trim()) ? `${name}’` : `${name}’s`;
}

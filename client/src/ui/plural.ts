/** "1 vote", "3 votes", "1 priority", "2 priorities". */
export function count(n: number, singular: string, plural = `${singular}s`): string {
  return `${n} ${n === 1 ? singular : plural}`;
}

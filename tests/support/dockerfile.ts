/** One Dockerfile instruction, its continuation lines joined. */
export interface Instruction {
  keyword: string;
  args: string;
}

/** The instructions of each build stage, in order (a stage starts at FROM). */
export function dockerStages(text: string): Instruction[][] {
  const logical = text
    .split('\n')
    .filter((line) => !line.trim().startsWith('#'))
    .join('\n')
    .replace(/\\\n/g, ' ')
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line !== '');
  const stages: Instruction[][] = [];
  for (const line of logical) {
    const [, keyword, args] = /^(\S+)\s*(.*)$/.exec(line)!;
    const instruction = { keyword: keyword!.toUpperCase(), args: args! };
    if (instruction.keyword === 'FROM') stages.push([]);
    stages.at(-1)?.push(instruction);
  }
  return stages;
}

/** The command of an exec-form instruction (`CMD ["node", "x.js"]`, or HEALTHCHECK's `CMD [...]`). */
export function execForm(args: string): string[] {
  const match = /(?:^|\sCMD\s+)(\[.*\])$/.exec(args);
  if (!match) throw new Error(`not in exec form: ${args}`);
  return JSON.parse(match[1]!) as string[];
}

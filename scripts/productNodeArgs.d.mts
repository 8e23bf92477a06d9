/** node's own options as `npm start` gives them. */
export function productNodeArgs(): string[];

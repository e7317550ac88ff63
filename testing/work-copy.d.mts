export function makeWorkCopy(projectDir?: string, prefix?: string): { root: string; site: string; remove: () => void };

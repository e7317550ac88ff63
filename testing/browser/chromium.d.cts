export function findChromium(): { path: string | undefined; looked: string[] };

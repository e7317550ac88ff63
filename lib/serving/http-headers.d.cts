// Types for lib/serving/http-headers.cjs, which stays CommonJS for the build steps Node runs as they are.
type Header = { key: string; value: string };
type HeaderRule = { pathToRegexp: string; glob: string; headers: Header[] };
type PolicyOptions = { development: boolean; frameAncestors: "'none'" | "'self'" | "*"; webAssembly?: boolean };

export const SPECULATION_RULES_PATH: string;
export const SEARCH_PATH: string;
export const EMBED_FILE: string;
export const CONTENT_TYPES: ReadonlyArray<readonly [path: string, contentType: string]>;
export function contentSecurityPolicy(options: PolicyOptions): string;
export function headerRules(options: { development: boolean }): HeaderRule[];
export function vercelConfig(): { $schema: string; headers: { source: string; headers: Header[] }[] };
export function serveConfig(): {
  cleanUrls: boolean;
  trailingSlash: boolean;
  headers: { source: string; headers: Header[] }[];
};
export function developmentHeaders(): { source: string; headers: Header[] }[];
export function headerConfigFiles(): Record<string, string>;

export type Weight = { files: number; bytes: number; gzip: number };

export type PageWeight = {
  html: { bytes: number; gzip: number };
  js: Weight;
  css: Weight;
  siteJs?: Weight;
  frameworkJs?: Weight;
};

export type ChunkClasses = {
  frameworkChunks: Set<string>;
  siteChunks: Set<string>;
  siteModules: string[];
};

export function builtPageRoutes(distDir?: string): string[];
export function builtFileRoutes(distDir?: string): string[];
export function nonStaticRoutes(distDir?: string): string[];
export function builtHtmlPath(route: string, distDir?: string): string;
export function classifyClientChunks(distDir?: string): ChunkClasses;
export function measureHtmlPage(
  htmlFile: string,
  options?: { staticRoot?: string; chunkClasses?: ChunkClasses },
): PageWeight;

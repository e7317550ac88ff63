export type Weight = { files: number; bytes: number; gzip: number };

export type PageWeight = {
  html: { bytes: number; gzip: number };
  js: Weight;
  frameworkJs: Weight;
  siteJs: Weight;
  css: Weight;
};

export type PageAssets = {
  scripts: { src: string; type: string }[];
  inlineScripts: { type: string; code: string }[];
  stylesheets: string[];
  scriptPreloads: string[];
};

export const OUT_DIR: string;
export function listFiles(root?: string): string[];
export function routeOfHtmlFile(file: string): string;
export function builtPageRoutes(root?: string): string[];
export function builtRedirectRoutes(root?: string): string[];
export function builtFileRoutes(root?: string): string[];
export function builtHtmlPath(route: string, root?: string): string;
export function pageAssets(html: string): PageAssets;
export function measureHtmlPage(htmlFile: string, options?: { root?: string }): PageWeight;

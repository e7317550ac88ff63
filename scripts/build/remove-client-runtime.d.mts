export function removeRuntimeFromHtml(html: string, where: string): { html: string; removed: number };
export function removeClientRuntime(outDir?: string): {
  pages: number;
  elementsRemoved: number;
  filesRemoved: number;
  htmlBytesBefore: number;
  htmlBytesAfter: number;
  milliseconds: number;
};

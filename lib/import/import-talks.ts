import fs from "node:fs";

import { formatBytes } from "../content/files";
import { projectPath } from "../paths.mjs";
import { ImportInputError, type SourceImport } from "./imported-talk";
import { importMarkdownPage } from "./markdown";
import { importNotist } from "./notist";
import { importSessionize } from "./sessionize";
import { writeImportedTalks, type ImportReport } from "./write-talks";
import { importYouTubePlaylist } from "./youtube";

/**
 * `npm run import -- <kind> <file>`: reads a source of talks of one kind and writes a talk
 * file per talk (write-talks.ts). Each kind reads its format into the same ImportedTalk
 * (imported-talk.ts); docs/importing.md says what each carries over and what it leaves out.
 */

export const IMPORT_KINDS = ["markdown", "notist", "sessionize", "youtube"] as const;
export type ImportKind = (typeof IMPORT_KINDS)[number];

export function isImportKind(value: string): value is ImportKind {
  return (IMPORT_KINDS as readonly string[]).includes(value);
}

export type ImportOptions = {
  /** The folder to write into: content/talks/, or another (tests use a temporary one). */
  into: string;
  /** The speaker whose talks these are: his name tells his sessions and co-speakers apart (Sessionize, YouTube). */
  speakerName?: string;
  /** Sessionize's All Data does not name its event: the author does. */
  eventName?: string;
};

/** A source far larger than any list of talks is a wrong file, refused before it is read. */
const MAX_SOURCE_BYTES = 16 * 1024 * 1024;

export function importTalks(kind: ImportKind, sourceFile: string, options: ImportOptions): ImportReport {
  const name = projectPath(sourceFile);
  const text = readSource(sourceFile, name);
  const source: SourceImport =
    kind === "markdown"
      ? importMarkdownPage(text)
      : kind === "notist"
        ? importNotist(parseJson(text, name), name)
        : kind === "sessionize"
          ? importSessionize(parseJson(text, name), name, options)
          : importYouTubePlaylist(parseJson(text, name), name, options);
  return writeImportedTalks(source, { into: options.into, sourceFile });
}

function readSource(filePath: string, name: string): string {
  const stat = fs.statSync(filePath, { throwIfNoEntry: false });
  if (!stat) throw new ImportInputError(`${name}: there is no such file`);
  if (!stat.isFile()) throw new ImportInputError(`${name}: is not a file`);
  if (stat.size > MAX_SOURCE_BYTES) {
    throw new ImportInputError(
      `${name}: is ${formatBytes(stat.size)}, more than the ${formatBytes(MAX_SOURCE_BYTES)} a source of talks may be; is it the right file?`,
    );
  }
  try {
    return new TextDecoder("utf-8", { fatal: true }).decode(fs.readFileSync(filePath));
  } catch {
    throw new ImportInputError(`${name}: is not UTF-8 text; save it as UTF-8`);
  }
}

function parseJson(text: string, name: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch (error) {
    throw new ImportInputError(`${name}: is not valid JSON (${(error as Error).message})`);
  }
}

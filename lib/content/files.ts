import fs from "node:fs";
import path from "node:path";

/**
 * Whether a file that content names (a talk file, a transcript, a PDF deck, the headshot) is a
 * plain file inside its folder. A symbolic link, in the name or in a folder on the way, is
 * refused rather than followed: it may lead outside the project, where the build's bundler
 * stops with a panic that names no file, and a link that works on the owner's machine is
 * usually broken in a clone or on the host.
 */
export type FileState = "file" | "missing" | "linked" | "not-a-file";

/** The state of `filePath`, which must lie inside `folder`. */
export function fileState(folder: string, filePath: string): FileState {
  const stats = fs.lstatSync(filePath, { throwIfNoEntry: false });
  if (!stats) return "missing";
  if (stats.isSymbolicLink()) return "linked";
  if (!stats.isFile()) return "not-a-file";
  // A folder on the way may be a link; the folder itself may sit behind one (macOS's /tmp), which is fine.
  const expected = path.join(realFolder(folder), path.relative(folder, filePath));
  return realPath(filePath) === expected ? "file" : "linked";
}

/** What to tell the author about a file that is not plain, with the fix; undefined for a plain file. */
export function fileStateProblem(state: FileState, name: string, fix: string): string | undefined {
  switch (state) {
    case "file":
      return undefined;
    case "missing":
      return `${name} does not exist: ${fix}`;
    case "linked":
      return `${name} is a symbolic link (or inside a linked folder), which the site does not follow: put the file itself there, not a link to it`;
    case "not-a-file":
      return `${name} is not a file (a folder, or a device): ${fix}`;
  }
}

/** "63.2 MB", "256 KB": a size as messages give it. */
export function formatBytes(bytes: number): string {
  const megabytes = bytes / (1024 * 1024);
  if (megabytes >= 1) return `${Number(megabytes.toFixed(1))} MB`;
  return `${Math.ceil(bytes / 1024)} KB`;
}

export type TextFile = { ok: true; text: string } | { ok: false; message: string };

/**
 * A content file's text, read only when it is a plain file (see fileState) within `maxBytes`,
 * and decoded as UTF-8; otherwise what is wrong, for the author. Undefined when there is no
 * such file, which each caller words in its own way. `fix` ends the message for a file that is
 * not plain; `tooLarge` words the size's.
 */
export function readTextFile(filePath: string, options: { maxBytes: number; tooLarge: (size: number) => string; fix: string }): TextFile | undefined {
  const state = fileState(path.dirname(filePath), filePath);
  if (state === "missing") return undefined;
  const stateProblem = fileStateProblem(state, "the file", options.fix);
  if (stateProblem) return { ok: false, message: stateProblem };
  // Before reading, so that a huge file costs nothing.
  const size = fs.statSync(filePath).size;
  if (size > options.maxBytes) return { ok: false, message: options.tooLarge(size) };
  try {
    return { ok: true, text: new TextDecoder("utf-8", { fatal: true }).decode(fs.readFileSync(filePath)) };
  } catch {
    return { ok: false, message: "the file is not valid UTF-8 text; save it with UTF-8 encoding" };
  }
}

function realFolder(folder: string): string {
  try {
    return fs.realpathSync(folder);
  } catch {
    return path.resolve(folder);
  }
}

function realPath(filePath: string): string {
  try {
    return fs.realpathSync(filePath);
  } catch {
    return "";
  }
}

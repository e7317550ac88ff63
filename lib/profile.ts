import fs from "node:fs";
import path from "node:path";

import { loadProfile, type Profile } from "./content/load-profile";

export type { Headshot, Invite, Profile, ProfileLink } from "./content/load-profile";

// Literal paths: a path built from a variable makes Next's tracer include the whole project.
const PROFILE_FILE = path.join(process.cwd(), "content", "speaker.mdx");
const PUBLIC_DIRECTORY = path.join(process.cwd(), "public");
const TALKS_DIRECTORY = path.join(process.cwd(), "content", "talks");

const isDevelopment = process.env.NODE_ENV === "development";

let cached: { profile: Profile; stamp: string } | undefined;

/** Changes when the file does, so `npm run dev` re-reads it after a save and not on every read. */
function stampOf(filePath: string): string {
  const stats = fs.statSync(filePath, { throwIfNoEntry: false });
  return stats ? `${stats.mtimeMs}:${stats.size}` : "missing";
}

/**
 * The speaker, from content/speaker.mdx: read and validated once per build; in `npm run dev`
 * read again whenever the file changes, so an edit shows on reload and a broken file shows
 * its problems in the browser (a ContentError, as for talks).
 */
export function getProfile(): Profile {
  if (cached && !isDevelopment) return cached.profile;
  const stamp = isDevelopment ? stampOf(PROFILE_FILE) : "";
  if (cached && cached.stamp === stamp) return cached.profile;
  const profile = loadProfile(PROFILE_FILE, { publicDirectory: PUBLIC_DIRECTORY, talksDirectory: TALKS_DIRECTORY });
  cached = { profile, stamp };
  return profile;
}

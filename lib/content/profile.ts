import fs from "node:fs";

import { PROFILE_FILE, PUBLIC_DIRECTORY, TALKS_DIRECTORY } from "../paths.mjs";
import { loadProfile, type Profile } from "./load-profile";

export type { Headshot, Invite, Profile, ProfileLink } from "./load-profile";


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

import fs from "node:fs";
import path from "node:path";

import { projectPath, PUBLIC_DIRECTORY, TALKS_DIRECTORY } from "../paths.mjs";
import { fileState, fileStateProblem } from "./files";
import { readFrontMatterFile, schemaProblems } from "./front-matter";
import { checkMdxBody } from "./mdx-body";
import { ContentError, type ContentProblem } from "./problems";
import {
  headshotSchema,
  profileFrontMatterSchema,
  profileLinkSchema,
  type Headshot,
  type Invite,
  type ProfileLink,
} from "./profile-schema";

export type { Headshot, Invite, ProfileLink };

/** The speaker, validated: what the site's identity, its pages and its metadata read. */
export type Profile = {
  name: string;
  /** One line under the name. */
  tagline: string;
  /** The default meta description. */
  description: string;
  /** About 50 words. */
  shortBio: string;
  /** The long bio: the file's MDX body, checked like a talk's abstract; absent when the body is blank. */
  longBio?: string;
  /** A canonical BCP 47 tag: "en". */
  language: string;
  github: string;
  playlist: string;
  /** Other links, in the file's order. */
  links: ProfileLink[];
  invite?: Invite;
  headshot?: Headshot;
  /** Relative to the project root, for messages. */
  sourcePath: string;
};

export type LoadProfileOptions = {
  /** Where `headshot.src` and PDFs linked from the body must exist; defaults to the working directory's public/. */
  publicDirectory?: string;
  /** Where a body link to /talks/<slug> must find <slug>.mdx; defaults to the working directory's content/talks/. */
  talksDirectory?: string;
};

const REQUIRED_FIELDS = Object.entries(profileFrontMatterSchema.shape)
  .filter(([, schema]) => !schema.safeParse(undefined).success)
  .map(([name]) => name);

/**
 * Reads and validates the profile at `filePath` (content/speaker.mdx). Throws one
 * ContentError listing every problem, as talks do.
 */
export function loadProfile(filePath: string, options: LoadProfileOptions = {}): Profile {
  const publicDirectory = options.publicDirectory ?? PUBLIC_DIRECTORY;
  const talksDirectory = options.talksDirectory ?? TALKS_DIRECTORY;
  const sourcePath = projectPath(filePath);
  const result = readProfileFile(filePath, sourcePath, publicDirectory, talksDirectory);
  if (!result.ok) throw new ContentError(result.problems, "speaker profile");
  return result.profile;
}

type ReadResult = { ok: true; profile: Profile } | { ok: false; problems: ContentProblem[] };

function readProfileFile(filePath: string, sourcePath: string, publicDirectory: string, talksDirectory: string): ReadResult {
  if (!fs.statSync(filePath, { throwIfNoEntry: false })?.isFile()) {
    return {
      ok: false,
      problems: [
        {
          file: sourcePath,
          message: `the speaker's profile is missing: create ${sourcePath} with front matter (${REQUIRED_FIELDS.join(", ")}) and the long bio as its body; see docs/authoring.md, "The speaker's profile"`,
        },
      ],
    };
  }

  const file = readFrontMatterFile(filePath, sourcePath, "the long bio");
  if (!file.ok) return file;
  const { locate } = file;

  const problems: ContentProblem[] = [];
  const result = profileFrontMatterSchema.safeParse(file.data, { reportInput: true });
  if (!result.success) problems.push(...schemaProblems(result.error.issues, sourcePath, locate, knownFieldsAt));

  const headshot = result.success ? result.data.headshot : undefined;
  if (headshot) {
    const message = missingFileProblem(headshot.src, publicDirectory, "image");
    if (message) problems.push({ file: sourcePath, line: locate(["headshot", "src"]), field: "headshot.src", message });
  }

  const body = checkMdxBody(file.content, file.bodyStartLine, "the speaker's profile");
  for (const problem of body.problems) problems.push({ file: sourcePath, ...problem });
  for (const reference of body.pdfReferences) {
    const message = missingFileProblem(reference.path, publicDirectory, "PDF");
    if (message) problems.push({ file: sourcePath, line: reference.line, field: "body", message });
  }
  for (const { slug, line } of body.talkReferences) {
    if (!fs.statSync(path.join(talksDirectory, `${slug}.mdx`), { throwIfNoEntry: false })?.isFile()) {
      problems.push({
        file: sourcePath,
        line,
        field: "body",
        message: `links to /talks/${slug}, but there is no ${projectPath(path.join(talksDirectory, `${slug}.mdx`))}`,
      });
    }
  }

  if (!result.success || problems.length > 0) return { ok: false, problems };

  const frontMatter = result.data;
  const longBio = file.content.trim() === "" ? undefined : file.content;
  return {
    ok: true,
    profile: {
      name: frontMatter.name,
      tagline: frontMatter.tagline,
      description: frontMatter.description,
      shortBio: frontMatter.shortBio,
      ...(longBio === undefined ? {} : { longBio }),
      language: frontMatter.language,
      github: frontMatter.github,
      playlist: frontMatter.playlist,
      links: frontMatter.links,
      ...(frontMatter.invite ? { invite: frontMatter.invite } : {}),
      ...(frontMatter.headshot ? { headshot: frontMatter.headshot } : {}),
      sourcePath,
    },
  };
}


/** Why a site path names no file under public/, with the fix; undefined when the file is there. */
function missingFileProblem(sitePath: string, publicDirectory: string, kind: string): string | undefined {
  // The path has passed its pattern (no "..", no "//"), so it stays inside public/.
  const filePath = path.join(publicDirectory, ...sitePath.split("/"));
  return fileStateProblem(fileState(publicDirectory, filePath), sitePath, `put the ${kind} at ${projectPath(filePath)}, or check the spelling and case`);
}

function knownFieldsAt(fieldPath: readonly PropertyKey[]): string[] {
  const [first] = fieldPath;
  if (first === "links" && fieldPath.length === 2) return Object.keys(profileLinkSchema.shape);
  if (first === "headshot" && fieldPath.length === 1) return Object.keys(headshotSchema.shape);
  return Object.keys(profileFrontMatterSchema.shape);
}

import path from "node:path";

import { describe, expect, it } from "vitest";

import { loadProfile } from "./load-profile";
import { ContentError } from "./problems";
import { parseLanguageTag, SHORT_BIO_MAX_WORDS } from "./profile-schema";

const fixtures = path.join(import.meta.dirname, "__fixtures__", "profile");
// Headshots are looked for here, as the site's are in public/; body links to talks in the talk fixtures.
const options = { publicDirectory: path.join(fixtures, "public"), talksDirectory: path.join(import.meta.dirname, "__fixtures__", "valid") };
const valid = (name: string) => loadProfile(path.join(fixtures, "valid", name), options);

/** Loads an invalid fixture and returns its formatted problems, without the file name. */
function problemsOf(name: string): string[] {
  const file = `lib/content/__fixtures__/profile/invalid/${name}`;
  try {
    loadProfile(path.join(fixtures, "invalid", name), options);
  } catch (error) {
    expect(error).toBeInstanceOf(ContentError);
    const [heading, ...lines] = (error as Error).message.split("\n");
    expect(heading).toMatch(/^Invalid speaker profile: \d+ problems? in 1 file$/);
    return lines.map((line) => line.trim().replace(file, ""));
  }
  throw new Error(`expected ${name} to be rejected`);
}

describe("a valid profile", () => {
  it("needs only the required fields; the rest are left out, not filled with blanks", () => {
    const profile = valid("minimal.mdx");
    expect(profile).toEqual({
      name: "Ada Lovelace",
      tagline: "Mathematician. I speak about engines that compute.",
      description: "Talks by Ada Lovelace on analytical engines.",
      shortBio: "Ada Lovelace writes programs for machines that do not exist yet, and explains them to people who will build them.",
      language: "en",
      github: "https://github.com/example",
      playlist: "https://www.youtube.com/playlist?list=PLexample",
      links: [],
      sourcePath: "lib/content/__fixtures__/profile/valid/minimal.mdx",
    });
    expect("invite" in profile || "headshot" in profile || "longBio" in profile).toBe(false);
  });

  it("reads every field: links in order, an e-mail invite, a headshot that exists, the long bio, the language made canonical", () => {
    const profile = valid("full.mdx");
    expect(profile).toMatchObject({
      language: "en-GB",
      links: [
        { label: "Mastodon", url: "https://example.social/@ada" },
        { label: "Blog", url: "https://example.com/blog" },
      ],
      invite: { kind: "email", address: "ada@example.com", href: "mailto:ada@example.com" },
      headshot: { src: "/images/headshot.png", alt: "Ada Lovelace, smiling, in front of a blackboard" },
    });
    expect(profile.longBio).toContain("[a talk](/talks/full-talk)");
    expect(profile.longBio).toContain("<SlidesLink");
  });

  it("takes an invite as an http(s) URL", () => {
    expect(valid("invite-url.mdx").invite).toEqual({ kind: "url", href: "https://example.com/invite-ada" });
  });

  it("reads a file saved with a byte-order mark and Windows line endings", () => {
    expect(valid("windows-editor.mdx")).toEqual({ ...valid("minimal.mdx"), sourcePath: "lib/content/__fixtures__/profile/valid/windows-editor.mdx" });
  });

  it("is the real content/speaker.mdx, with the site's current wording and no invented invite or photo", () => {
    const profile = loadProfile(path.join(process.cwd(), "content", "speaker.mdx"));
    expect(profile).toMatchObject({
      name: "Kemal Akkoyun",
      tagline: "Open-source maintainer. I speak about observability, continuous profiling, eBPF and Go.",
      language: "en",
      github: "https://github.com/kakkoyun",
      playlist: "https://www.youtube.com/playlist?list=PL3P7-fer_ILLtH_ZtQDQhDAEgTo5r9OnB",
    });
    expect(profile.invite).toBeUndefined();
    expect(profile.headshot).toBeUndefined();
    expect(profile.longBio).toBeDefined();
  });
});

describe("an invalid profile", () => {
  it.each<[string, string[]]>([
    ["missing-name.mdx", [":2: name: is required: expected text"]],
    ["empty-short-bio.mdx", [":5: shortBio: expected text, got an empty string"]],
    ["short-bio-too-long.mdx", [`:5: shortBio: expected at most ${SHORT_BIO_MAX_WORDS} words (about 50 is right), got 95; the long bio is the file's body`]],
    ["tagline-two-lines.mdx", [":3: tagline: expected one line; the short bio is shortBio"]],
    ["bad-language.mdx", [':6: language: expected a BCP 47 language tag such as "en", "en-GB" or "tr", got "english": did you mean "en"?']],
    [
      "bad-url.mdx",
      [
        ':7: github: expected an http(s) URL such as "https://example.com/page", got "github.com/example"',
        ':11: links[0].url: expected an http(s) URL such as "https://example.com/page", got "javascript:alert(1)"',
      ],
    ],
    ["bad-invite.mdx", [':9: invite: expected an e-mail address such as "name@example.com", or an http(s) URL such as "https://example.com/invite", got "ada at example dot com"']],
    ["headshot-missing-alt.mdx", [":10: headshot.alt: is required: expected text"]],
    [
      "headshot-file-missing.mdx",
      [":10: headshot.src: /images/missing.jpg does not exist: put the image at lib/content/__fixtures__/profile/public/images/missing.jpg, or check the spelling and case"],
    ],
    [
      "headshot-not-an-image.mdx",
      [
        ':10: headshot.src: expected the path of an image under public/images/ such as "/images/headshot.jpg" (.jpg, .jpeg, .png, .webp or .avif; letters, digits, "-", "_", "~" and "." only), got "/images/../secret.txt"',
      ],
    ],
    [
      "unknown-field.mdx",
      [
        ":2: shortBio: is required: expected text",
        ':5: shortbio: unknown field "shortbio"; did you mean "shortBio"? known fields here: name, tagline, description, shortBio, language, github, playlist, links, invite, headshot',
      ],
    ],
    ["yaml-error.mdx", [":3: YAML syntax error: a quoted value is never closed; end it with the same quote mark it starts with"]],
    ["empty.mdx", [":1: the file is empty; expected front matter between two --- lines, then the long bio"]],
    [
      "body-javascript.mdx",
      [
        ":11: body: JavaScript expressions are not allowed: {1815}; write the text itself, or escape a literal brace as \\{",
        ":11: body: links to /talks/no-such-talk, but there is no lib/content/__fixtures__/valid/no-such-talk.mdx",
      ],
    ],
  ])("%s", (name, expected) => {
    expect(problemsOf(name)).toEqual(expected);
  });

  it("is a clear error when content/speaker.mdx is missing", () => {
    expect(problemsOf("no-such-file.mdx")).toEqual([
      ': the speaker\'s profile is missing: create lib/content/__fixtures__/profile/invalid/no-such-file.mdx with front matter (name, tagline, description, shortBio, language, github, playlist) and the long bio as its body; see docs/authoring.md, "The speaker\'s profile"',
    ]);
  });
});

describe("language tags", () => {
  it("accepts BCP 47 tags of real languages, in canonical form", () => {
    expect(parseLanguageTag("en")).toEqual({ ok: true, tag: "en" });
    expect(parseLanguageTag("tr-TR")).toEqual({ ok: true, tag: "tr-TR" });
    expect(parseLanguageTag("zh-hant-tw")).toEqual({ ok: true, tag: "zh-Hant-TW" });
  });

  it("refuses what is not a tag, or names no language", () => {
    for (const refused of ["english", "en_US", "xx", "", "e", "en--GB"]) expect(parseLanguageTag(refused), refused).toEqual({ ok: false });
  });
});

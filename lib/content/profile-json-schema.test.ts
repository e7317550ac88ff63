import fs from "node:fs";
import path from "node:path";

import { describe, expect, it } from "vitest";

import { profileFrontMatterJsonSchema } from "./profile-json-schema";

describe("the profile's JSON Schema", () => {
  const schema = profileFrontMatterJsonSchema() as {
    required: string[];
    additionalProperties: boolean;
    properties: Record<string, { pattern?: string; maxLength?: number; anyOf?: { format?: string }[]; required?: string[]; additionalProperties?: boolean; properties?: Record<string, { pattern?: string }>; items?: { additionalProperties?: boolean } }>;
  };

  it("is committed as generated: run npm run schema after changing lib/content/profile-schema.ts", () => {
    const committed = JSON.parse(fs.readFileSync(path.join(process.cwd(), "content", "speaker.schema.json"), "utf8"));
    expect(committed).toEqual(schema);
  });

  it("is the one content/speaker.mdx names on its first line, for editors", () => {
    const [fence, first] = fs.readFileSync(path.join(process.cwd(), "content", "speaker.mdx"), "utf8").split("\n");
    expect([fence, first]).toEqual(["---", "# yaml-language-server: $schema=./speaker.schema.json"]);
  });

  it("requires what the build requires and refuses unknown fields at every level", () => {
    expect(schema.required.sort()).toEqual(["description", "github", "language", "name", "playlist", "shortBio", "tagline"]);
    expect(schema.additionalProperties).toBe(false);
    expect(schema.properties.links?.items?.additionalProperties).toBe(false);
    expect(schema.properties.headshot?.additionalProperties).toBe(false);
    expect(schema.properties.headshot?.required?.sort()).toEqual(["alt", "src"]);
  });

  it("describes the language, the invite and the headshot as the content check reads them", () => {
    const matches = (pattern: string | undefined, value: string) => new RegExp(pattern!, "u").test(value);
    expect(matches(schema.properties.language?.pattern, "en-GB")).toBe(true);
    expect(matches(schema.properties.language?.pattern, "en_GB")).toBe(false);
    expect(schema.properties.invite?.anyOf?.map((option) => option.format)).toEqual(["email", "uri"]);
    const src = schema.properties.headshot?.properties?.src?.pattern;
    expect(matches(src, "/images/headshot.jpg")).toBe(true);
    for (const refused of ["/images/../x.jpg", "/images//x.jpg", "/photo.jpg", "/images/x.txt", "images/x.png"]) {
      expect(matches(src, refused), refused).toBe(false);
    }
    expect(schema.properties.tagline?.maxLength).toBe(160);
  });
});

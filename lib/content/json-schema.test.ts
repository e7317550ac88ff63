import fs from "node:fs";
import path from "node:path";

import { describe, expect, it } from "vitest";

import { talkFrontMatterJsonSchema } from "./json-schema";

describe("the front matter's JSON Schema", () => {
  const schema = talkFrontMatterJsonSchema() as {
    required: string[];
    additionalProperties: boolean;
    properties: Record<string, { description?: string; items?: { required?: string[]; additionalProperties?: boolean; properties?: Record<string, unknown> } }>;
  };

  it("is committed as generated: run npm run schema after changing lib/content/schema.ts", () => {
    const committed = JSON.parse(fs.readFileSync(path.join(process.cwd(), "content", "talk.schema.json"), "utf8"));
    expect(committed).toEqual(schema);
  });

  it("requires what the build requires and refuses unknown fields at every level", () => {
    expect(schema.required.sort()).toEqual(["events", "summary", "title"]);
    expect(schema.additionalProperties).toBe(false);
    expect(schema.properties.events?.items?.required?.sort()).toEqual(["date", "name"]);
    expect(schema.properties.events?.items?.additionalProperties).toBe(false);
    expect(schema.properties.links?.items?.additionalProperties).toBe(false);
    expect(schema.properties.speakers?.items?.additionalProperties).toBe(false);
  });

  it("describes dates and URLs as the content check reads them", () => {
    expect(schema.properties.events?.items?.properties?.date).toMatchObject({ anyOf: [{ type: "string" }, { type: "integer" }] });
    expect(schema.properties.slides).toMatchObject({ type: "string", format: "uri" });
    expect(schema.properties.summary).toMatchObject({ maxLength: 280 });
    expect(schema.properties.title?.description).toBe("The talk's title.");
  });
});

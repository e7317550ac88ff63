import fs from "node:fs";
import path from "node:path";

import { describe, expect, it } from "vitest";

import { talkFrontMatterJsonSchema } from "./json-schema";

describe("the front matter's JSON Schema", () => {
  const schema = talkFrontMatterJsonSchema() as {
    required: string[];
    additionalProperties: boolean;
    properties: Record<string, { description?: string; anyOf?: unknown[]; items?: { required?: string[]; additionalProperties?: boolean; properties?: Record<string, unknown> } }>;
  };

  it("is committed as generated: run npm run schema after changing lib/content/talk-schema.ts", () => {
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
    expect(schema.properties.events?.items?.properties?.url).toMatchObject({ type: "string", format: "uri" });
    expect(schema.properties.slides).toMatchObject({ anyOf: [{ type: "string", format: "uri" }, { type: "string" }] });
    expect(schema.properties.events?.items?.properties?.slides).toMatchObject({ anyOf: schema.properties.slides?.anyOf });
  });

  it("takes a deck as a URL or a PDF path by the rule the build uses", () => {
    const [url, pdfPath] = (schema.properties.slides as unknown as { anyOf: { pattern: string }[] }).anyOf;
    const matches = (pattern: string | undefined, value: string) => new RegExp(pattern!, "u").test(value);
    expect(matches(url?.pattern, "https://example.com/slides")).toBe(true);
    expect(matches(pdfPath?.pattern, "/slides/my-talk.pdf")).toBe(true);
    expect(matches(pdfPath?.pattern, "/slides/My_Talk~2.PDF")).toBe(true);
    for (const refused of ["/slides/../x.pdf", "/slides//x.pdf", "/slides/x.pdf?page=2", "/slides\\x.pdf", "slides/x.pdf", "/slides/x.pptx"]) {
      expect(matches(pdfPath?.pattern, refused), refused).toBe(false);
    }
    expect(schema.properties.summary).toMatchObject({ maxLength: 280 });
    expect(schema.properties.title?.description).toBe("The talk's title.");
  });
});

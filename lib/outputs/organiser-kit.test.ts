import { fromMarkdown } from "mdast-util-from-markdown";
import { toString } from "mdast-util-to-string";
import { describe, expect, it } from "vitest";

import { talkKitMarkdown } from "./organiser-kit";
import { syntheticTalk } from "../../testing/fixtures/synthetic-talks";

const profile = { name: "Ada", shortBio: "Ada builds profilers." };

describe("the talk as Markdown for a CFP form", () => {
  const talk = {
    ...syntheticTalk({
      slug: "flames",
      title: "# Flames *and* [smoke]",
      pitch: "Where the time goes, in one picture.",
      speakers: [{ name: "Grace" }, { name: "Linus", url: "https://example.org/linus" }],
      events: [{ name: "Conf 2024", date: { year: 2024 } }],
    }),
    body: 'First paragraph with <SlidesLink href="https://example.org/deck">the deck</SlidesLink>.\n\nSecond *one*.',
  };
  const markdown = talkKitMarkdown(talk, profile, "https://talks.example.org");
  const tree = fromMarkdown(markdown);

  it("reads back as the title, the pitch, the abstract's paragraphs, the speakers and the page", () => {
    const blocks = tree.children.map((node) => [node.type, toString(node)]);
    expect(blocks).toEqual([
      ["heading", "# Flames *and* [smoke]"],
      ["paragraph", "Where the time goes, in one picture."],
      ["heading", "Abstract"],
      ["paragraph", "First paragraph with the deck."],
      ["paragraph", "Second one."],
      ["heading", "Speakers"],
      ["paragraph", "Ada: Ada builds profilers."],
      ["paragraph", "With Grace and Linus."],
      ["paragraph", "More: https://talks.example.org/talks/flames"],
    ]);
  });

  it("falls back to the summary without a pitch, and names one speaker without co-speakers", () => {
    const plain = talkKitMarkdown({ ...talk, pitch: undefined, speakers: [] }, profile, "https://talks.example.org");
    expect(plain).toContain(`*${talk.summary}*`);
    expect(plain).toContain("## Speaker\n");
  });
});

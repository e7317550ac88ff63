import type { Element } from "hast";
import { fromHtml } from "hast-util-from-html";
import { toString } from "hast-util-to-string";
import { visit } from "unist-util-visit";
import { describe, expect, it } from "vitest";

import { EMBED_SIZE, embedCardHtml } from "./embed-card";
import { talkOembed } from "./oembed";
import { syntheticTalk } from "../../testing/fixtures/synthetic-talks";

const site = { name: "Ada", url: "https://talks.example.org" };

function links(html: string): [string, string, unknown][] {
  const found: [string, string, unknown][] = [];
  visit(fromHtml(html), "element", (node: Element) => {
    if (node.tagName === "a" && toString(node))
      found.push([toString(node), String(node.properties.href), node.properties.target]);
  });
  return found;
}

describe("a talk's card for other sites", () => {
  const talk = syntheticTalk({
    slug: "flames",
    title: `Flames <script>alert("x")</script> & "quotes"`,
    events: [
      { name: "Conf 2024", date: { year: 2024, month: 5 }, location: "Brussels, Belgium", slides: "/slides/conf.pdf" },
      { name: "Meetup 2023", date: { year: 2023 }, recording: "https://www.youtube.com/watch?v=abcdefghijk" },
    ],
  });

  it("says the title as text, the latest event with its date and place, and links out of the frame", () => {
    const html = embedCardHtml(talk, site);
    expect(html).not.toContain("<script>");
    const tree = fromHtml(html);
    let heading = "";
    visit(tree, "element", (node: Element) => void (node.tagName === "h1" && (heading = toString(node))));
    expect(heading).toBe(talk.title);
    expect(html).toContain("Conf 2024 · May 2024 · Brussels, Belgium");
    expect(links(html)).toEqual([
      [talk.title, "https://talks.example.org/talks/flames", "_blank"],
      ["The talk", "https://talks.example.org/talks/flames", "_blank"],
      ["Recording", "https://www.youtube.com/watch?v=abcdefghijk", "_blank"],
      // An event's PDF deck has its page under the event's slug.
      ["Slides", "https://talks.example.org/talks/flames/slides/conf-2024", "_blank"],
    ]);
  });

  it("is what the oEmbed answer frames, its title an attribute's text", () => {
    const answer = talkOembed(talk, { ...site, authorUrl: "https://talks.example.org/about" });
    expect(answer).toMatchObject({ version: "1.0", type: "rich", title: talk.title, ...EMBED_SIZE });
    const frames: Element[] = [];
    visit(fromHtml(answer.html, { fragment: true }), "element", (node: Element) => void frames.push(node));
    expect(frames.map((frame) => [frame.tagName, frame.properties.src, frame.properties.title])).toEqual([
      ["iframe", "https://talks.example.org/talks/flames/embed", `${talk.title}, a talk by Ada`],
    ]);
  });
});

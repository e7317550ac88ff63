import { describe, expect, it } from "vitest";

import {
  deadLinkReason,
  findableLocation,
  gitHubRepository,
  normalizeEventName,
  recordingKey,
  yearInName,
} from "./facts";
import {
  abstractToMdx,
  keepUsableContent,
  paragraphsFromHtml,
  paragraphsFromPlainText,
  summaryFromText,
} from "./prose";
import { checkMdxBody } from "../content/mdx-body";

describe("an event's name", () => {
  it("gets the space its edition mark lost, and nothing else", () => {
    expect(normalizeEventName("KubeConNA 2020")).toBe("KubeCon NA 2020");
    expect(normalizeEventName("GopherConEU  2022")).toBe("GopherCon EU 2022");
    expect(normalizeEventName("Cloud-Native eBPF Day EU 2022")).toBe("Cloud-Native eBPF Day EU 2022");
    expect(normalizeEventName("FOSDEM 2020")).toBe("FOSDEM 2020");
    expect(normalizeEventName("PromCon Online 2020")).toBe("PromCon Online 2020");
  });

  it("gives its year only when it names exactly one", () => {
    expect(yearInName("KubeCon NA 2020")).toBe(2020);
    expect(yearInName("GoDays Berlin 2020")).toBe(2020);
    expect(yearInName("Some Meetup")).toBeUndefined();
    expect(yearInName("KubeCon EU '22")).toBeUndefined();
    expect(yearInName("Retro 2019-2020")).toBeUndefined();
    expect(yearInName("Room 12345")).toBeUndefined();
  });
});

describe("links", () => {
  it("knows the hosts that shut down", () => {
    expect(deadLinkReason("https://gitpitch.com/kakkoyun/the-zen-of-prometheus/master?p=presentation#/")).toContain(
      "GitPitch",
    );
    expect(deadLinkReason("http://are-you-testing-your-observability.now.sh")).toContain("now.sh");
    expect(deadLinkReason("https://github.com/kakkoyun/the-zen-of-prometheus")).toBeUndefined();
  });

  it("tells one recording from another by the video, not the URL's form", () => {
    expect(recordingKey("https://youtu.be/Nqp4fjw_omU")).toBe(
      recordingKey("https://www.youtube.com/watch?v=Nqp4fjw_omU"),
    );
    expect(recordingKey("https://vimeo.com/123/")).toBe(recordingKey("https://www.vimeo.com/123"));
    expect(recordingKey("https://youtu.be/Nqp4fjw_omU")).not.toBe(recordingKey("https://youtu.be/OlHQ6gkwqyA"));
  });

  it("finds a repository, not a file in it", () => {
    expect(gitHubRepository("https://github.com/kakkoyun/tiny-profiler")).toBe(
      "https://github.com/kakkoyun/tiny-profiler",
    );
    expect(gitHubRepository("https://github.com/kakkoyun/tiny-profiler/blob/main/README.md")).toBeUndefined();
  });
});

describe("a place", () => {
  it("is written as the gazetteer finds it, or not at all", () => {
    expect(findableLocation("Dublin, Ireland")).toBe("Dublin, Ireland");
    expect(findableLocation("San Francisco, CA, USA")).toBe("San Francisco, USA");
    expect(findableLocation("Hong Kong", "HK")).toBe("Hong Kong, Hong Kong");
    expect(findableLocation("online")).toBe("Online");
    expect(findableLocation("Earth")).toBeUndefined();
  });
});

describe("a summary", () => {
  it("is whole sentences from the start, within 280 characters", () => {
    const sentence = "Profiles show where a program spends its time. ";
    const summary = summaryFromText(sentence.repeat(10))!;
    expect(summary.length).toBeLessThanOrEqual(280);
    expect(summary.endsWith("time.")).toBe(true);
    expect(summary).toBe(sentence.repeat(Math.floor(281 / sentence.length)).trim());
  });

  it("is not made when the first sentence is longer than that: a sentence is never cut", () => {
    expect(summaryFromText(`${"word ".repeat(70)}ends here. Short one.`)).toBeUndefined();
  });
});

describe("an abstract", () => {
  it("from HTML keeps paragraphs, lists, emphasis and links, and passes the site's body check", () => {
    const root = paragraphsFromHtml(
      '<p>Braces {like this} and <em>tags</em> &lt;Like&gt; stay text.</p><ul><li>One</li><li><a href="https://example.com/a">Two</a></li></ul><script>alert(1)</script>',
    );
    const mdx = abstractToMdx(root);
    expect(mdx).toContain("\\{like this}");
    expect(mdx).toContain("_tags_");
    expect(mdx).toContain("- [Two](https://example.com/a)");
    expect(mdx).not.toContain("alert");
    expect(checkMdxBody(mdx, 1).problems).toEqual([]);
  });

  it("keeps the words of a link that leads nowhere, and says why the link went", () => {
    const dropped: string[] = [];
    const root = keepUsableContent(
      paragraphsFromHtml('<p>See <a href="https://x.now.sh/">the demo</a> and <a href="/relative">this</a>.</p>'),
      (_node, why) => dropped.push(why),
    );
    expect(abstractToMdx(root)).toBe("See the demo and this.\n");
    expect(dropped).toEqual([
      expect.stringContaining("no longer leads anywhere"),
      expect.stringContaining('is not a full http(s) address ("/relative")'),
    ]);
  });

  it("from plain text is paragraphs split at blank lines", () => {
    const root = paragraphsFromPlainText("First line\r\nstill first.\r\n\r\n  Second.  \n");
    expect(abstractToMdx(root)).toBe("First line still first.\n\nSecond.\n");
  });
});

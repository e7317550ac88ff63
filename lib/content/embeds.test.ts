import { describe, expect, it } from "vitest";

import {
  EMBED_FRAME_PERMISSIONS,
  EMBED_FRAME_SOURCES,
  parseDeck,
  parseGoogleSlidesUrl,
  parsePdfPath,
  parseYouTubeTime,
  parseYouTubeUrl,
} from "./embeds";
import { EMBED_FILE, headerRules } from "../serving/http-headers.cjs";

const ID = "6Nx2BFyr7qQ";
const player = (query: string) => `https://www.youtube-nocookie.com/embed/${ID}?${query}`;

describe("YouTube recordings", () => {
  it.each([
    ["a watch URL", `https://www.youtube.com/watch?v=${ID}`],
    ["a watch URL without www, with other parameters first", `https://youtube.com/watch?feature=share&v=${ID}&list=PL123`],
    ["a mobile watch URL", `https://m.youtube.com/watch?v=${ID}`],
    ["a youtu.be link with a share id", `https://youtu.be/${ID}?si=AbCdEf123`],
    ["an embed URL", `https://www.youtube.com/embed/${ID}`],
    ["a privacy-enhanced embed URL", `https://www.youtube-nocookie.com/embed/${ID}`],
    ["a shorts URL", `https://www.youtube.com/shorts/${ID}`],
    ["a live URL", `https://www.youtube.com/live/${ID}?feature=shared`],
    ["plain http", `http://www.youtube.com/watch?v=${ID}`],
  ])("reads %s", (_, url) => {
    expect(parseYouTubeUrl(url)).toEqual({ kind: "youtube", videoId: ID, embedUrl: player("autoplay=1") });
  });

  it("keeps ids that start with a dash or contain an underscore", () => {
    expect(parseYouTubeUrl("https://www.youtube.com/watch?v=-jF4nWfrY3w")?.videoId).toBe("-jF4nWfrY3w");
    expect(parseYouTubeUrl("https://youtu.be/-miC_jnQ_Yk")?.videoId).toBe("-miC_jnQ_Yk");
  });

  it.each([
    ["t in seconds", `https://youtu.be/${ID}?t=90`, 90],
    ["t with an s", `https://www.youtube.com/watch?v=${ID}&t=90s`, 90],
    ["t in hours, minutes and seconds", `https://www.youtube.com/watch?v=${ID}&t=1h2m3s`, 3723],
    ["t in minutes only", `https://www.youtube.com/live/${ID}?t=2m`, 120],
    ["start= on an embed URL", `https://www.youtube.com/embed/${ID}?start=45`, 45],
    ["a #t= fragment", `https://www.youtube.com/watch?v=${ID}#t=1m30s`, 90],
  ])("starts where the URL says: %s", (_, url, seconds) => {
    expect(parseYouTubeUrl(url)).toEqual({
      kind: "youtube",
      videoId: ID,
      startSeconds: seconds,
      embedUrl: player(`autoplay=1&start=${seconds}`),
    });
  });

  it("starts at the beginning when the time is zero or not a time", () => {
    expect(parseYouTubeUrl(`https://youtu.be/${ID}?t=0`)).not.toHaveProperty("startSeconds");
    expect(parseYouTubeUrl(`https://youtu.be/${ID}?t=soon`)).toEqual({ kind: "youtube", videoId: ID, embedUrl: player("autoplay=1") });
  });

  it.each([
    ["a channel page", "https://www.youtube.com/@kakkoyun"],
    ["a playlist", "https://www.youtube.com/playlist?list=PLj6h78yzYM2N8GdbjmhVU65KRbA3NYjOD"],
    ["a watch URL without v", "https://www.youtube.com/watch?list=PL123"],
    ["an id that is too short", "https://youtu.be/abc"],
    ["an id that is too long", `https://www.youtube.com/watch?v=${ID}x`],
    ["an id with a character ids never have", "https://www.youtube.com/embed/6Nx2BFyr7q!"],
    ["a look-alike host", `https://youtube.com.example.com/watch?v=${ID}`],
    ["another video site", "https://vimeo.com/123456789"],
    ["a conference site", "https://www.youtube.example/watch?v=abc"],
    ["a page of this site", `/watch?v=${ID}`],
    ["a javascript: URL", `javascript:alert("${ID}")`],
    ["no URL at all", "not a url"],
  ])("refuses %s", (_, url) => {
    expect(parseYouTubeUrl(url)).toBeUndefined();
  });

  it("reads YouTube times", () => {
    expect(parseYouTubeTime("75")).toBe(75);
    expect(parseYouTubeTime("1h")).toBe(3600);
    expect(parseYouTubeTime("1m5s")).toBe(65);
    expect(parseYouTubeTime("")).toBeUndefined();
    expect(parseYouTubeTime("1:30")).toBeUndefined();
  });
});

describe("Google Slides decks", () => {
  const DECK = "1gMBQ7wLqAae45uGOcaYex-_9s675yzgexW705D7KM1Y";
  const deckEmbed = (extra = "") => `https://docs.google.com/presentation/d/${DECK}/embed?start=false&loop=false&delayms=3000${extra}`;

  it.each([
    ["an edit URL", `https://docs.google.com/presentation/d/${DECK}/edit?usp=sharing`],
    ["a bare deck URL", `https://docs.google.com/presentation/d/${DECK}`],
    ["a present URL", `https://docs.google.com/presentation/d/${DECK}/present`],
    ["a view URL of a signed-in account", `https://docs.google.com/presentation/u/1/d/${DECK}/view`],
    ["an embed URL", `https://docs.google.com/presentation/d/${DECK}/embed?start=true`],
  ])("reads %s", (_, url) => {
    expect(parseGoogleSlidesUrl(url)).toEqual({ kind: "google-slides", deckId: DECK, embedUrl: deckEmbed() });
  });

  it("opens on the slide an edit link's fragment or a present link's query names", () => {
    expect(parseGoogleSlidesUrl(`https://docs.google.com/presentation/d/${DECK}/edit#slide=id.ga47ea1e9a6_0_13`)?.embedUrl).toBe(
      deckEmbed("&slide=id.ga47ea1e9a6_0_13"),
    );
    expect(parseGoogleSlidesUrl(`https://docs.google.com/presentation/d/${DECK}/present?slide=id.p`)?.embedUrl).toBe(deckEmbed("&slide=id.p"));
    // Anything else in that place is not passed on to Google.
    expect(parseGoogleSlidesUrl(`https://docs.google.com/presentation/d/${DECK}/edit#slide=3&x=y`)?.embedUrl).toBe(deckEmbed());
  });

  it("embeds a deck published to the web under its published id", () => {
    const published = "2PACX-1vQ8sHqgLzR0a1kdbZ7Y3xVn4mLqW2-abcdefghijklmnopqrstuvwxyz";
    expect(parseGoogleSlidesUrl(`https://docs.google.com/presentation/d/e/${published}/pub?start=false`)).toEqual({
      kind: "google-slides",
      deckId: published,
      embedUrl: `https://docs.google.com/presentation/d/e/${published}/embed?start=false&loop=false&delayms=3000`,
    });
  });

  it.each([
    ["a Google Doc", `https://docs.google.com/document/d/${DECK}/edit`],
    ["a spreadsheet", `https://docs.google.com/spreadsheets/d/${DECK}/edit`],
    ["a deck id that is too short", "https://docs.google.com/presentation/d/abc/edit"],
    ["the Slides home page", "https://docs.google.com/presentation/"],
    ["a look-alike host", `https://docs.google.com.example.org/presentation/d/${DECK}/edit`],
    ["Speaker Deck", "https://speakerdeck.com/kakkoyun/parca"],
    ["a GitHub repository", "https://github.com/kakkoyun/the-zen-of-prometheus"],
    ["a YouTube video", `https://www.youtube.com/watch?v=${ID}`],
  ])("refuses %s", (_, url) => {
    expect(parseGoogleSlidesUrl(url)).toBeUndefined();
  });
});

describe("PDF decks under public/", () => {
  it.each([
    ["a deck in slides/", "/slides/my-talk.pdf"],
    ["a deck at the top", "/deck.pdf"],
    ["an upper-case extension", "/slides/Talk_2021.PDF"],
    ["a name with dots, dashes and a tilde", "/slides/kubecon-eu.v2~final.pdf"],
    ["a deeper folder", "/slides/2021/fosdem/deck.pdf"],
  ])("reads %s", (_, href) => {
    expect(parsePdfPath(href)).toEqual({ kind: "pdf", src: href });
  });

  it.each([
    ["a path without a leading slash", "slides/my-talk.pdf"],
    ["a protocol-relative URL", "//evil.example/deck.pdf"],
    ["a doubled slash", "/slides//my-talk.pdf"],
    ["a climb out of public/", "/slides/../secret.pdf"],
    ["two dots inside a name", "/slides/my..talk.pdf"],
    ["a segment that is only a dot", "/slides/./my-talk.pdf"],
    ["a backslash", "/slides\\my-talk.pdf"],
    ["a query", "/slides/my-talk.pdf?page=2"],
    ["a fragment", "/slides/my-talk.pdf#page=2"],
    ["a space", "/slides/my talk.pdf"],
    ["a percent-escape", "/slides/my%20talk.pdf"],
    ["another file type", "/slides/my-talk.pptx"],
    ["a name that is only the extension", "/slides/.pdf"],
    ["a trailing slash", "/slides/my-talk.pdf/"],
    ["a PDF on another site", "https://example.com/slides/my-talk.pdf"],
  ])("refuses %s", (_, href) => {
    expect(parsePdfPath(href)).toBeUndefined();
  });

  it("is a deck the page can show, as a Google Slides URL is; other decks are not", () => {
    expect(parseDeck("/slides/my-talk.pdf")?.kind).toBe("pdf");
    expect(parseDeck("https://docs.google.com/presentation/d/1VNx98laKlhRFfzY9o23N5OHpBBJnuYAmZf5l7Mr-CE0/edit")?.kind).toBe("google-slides");
    expect(parseDeck("https://speakerdeck.com/kakkoyun/parca")).toBeUndefined();
  });

  it("is framed without a sandbox, which Chrome's PDF viewer refuses to run in", () => {
    expect(EMBED_FRAME_PERMISSIONS.pdf).not.toHaveProperty("sandbox");
  });
});

type Header = { key: string; value: string };

/** The header rules Vercel and `npm start` send, from their one source. */
function configuredHeaders(): { glob: string; headers: Header[] }[] {
  // lib/serving/http-headers.cjs is CommonJS (next.config.ts and the build steps load it) and keeps its own list of
  // frame hosts; these tests hold the two equal.
  return headerRules({ development: false });
}

function directives(policy: string | undefined): Map<string, string[]> {
  return new Map(
    (policy ?? "")
      .split(";")
      .map((directive) => directive.trim().split(/\s+/))
      .map(([name, ...values]) => [name!, values]),
  );
}

describe("the frame sources", () => {
  it("are the site itself, for PDFs, and the origins of every embed URL the parsers make", () => {
    const sources = [
      parsePdfPath("/slides/my-talk.pdf")?.src,
      parseYouTubeUrl(`https://youtu.be/${ID}`)?.embedUrl,
      parseGoogleSlidesUrl("https://docs.google.com/presentation/d/1VNx98laKlhRFfzY9o23N5OHpBBJnuYAmZf5l7Mr-CE0/edit")?.embedUrl,
    ].map((url) => (url!.startsWith("/") ? "'self'" : new URL(url!).origin));
    expect(sources).toEqual([...EMBED_FRAME_SOURCES]);
  });

  it("are exactly the CSP's frame-src in lib/serving/http-headers.cjs, on pages and on PDFs", () => {
    const rules = configuredHeaders();
    const policies = rules.flatMap((rule) => rule.headers).filter((header) => header.key === "Content-Security-Policy");
    // Pages, PDFs, /search (which adds WebAssembly for Pagefind), and a talk's card for other sites.
    expect(policies).toHaveLength(4);
    for (const policy of policies) expect(directives(policy.value).get("frame-src")).toEqual([...EMBED_FRAME_SOURCES]);
  });

  it("let only PDFs be framed, and only by the site's own pages; and a talk's card, by any site", () => {
    const rules = configuredHeaders();
    const [pages, pdfs] = rules;
    const header = (rule: typeof pages, key: string) => rule?.headers.find((candidate) => candidate.key === key)?.value;
    expect(directives(header(pages, "Content-Security-Policy")).get("frame-ancestors")).toEqual(["'none'"]);
    expect(header(pages, "X-Frame-Options")).toBe("DENY");
    // Listed after the rule for every path, so its two headers replace those for PDFs.
    expect(directives(header(pdfs, "Content-Security-Policy")).get("frame-ancestors")).toEqual(["'self'"]);
    expect(header(pdfs, "X-Frame-Options")).toBe("SAMEORIGIN");
    // Everything else in the PDF's policy is the pages' policy.
    const withoutAncestors = (policy: string | undefined) => [...directives(policy)].filter(([name]) => name !== "frame-ancestors");
    expect(withoutAncestors(header(pdfs, "Content-Security-Policy"))).toEqual(withoutAncestors(header(pages, "Content-Security-Policy")));
    const card = rules.find((rule) => rule.glob === EMBED_FILE.slice(1) && rule.headers.some((header) => header.key === "X-Frame-Options"));
    expect(directives(header(card, "Content-Security-Policy")).get("frame-ancestors")).toEqual(["*"]);
    expect(withoutAncestors(header(card, "Content-Security-Policy"))).toEqual(withoutAncestors(header(pages, "Content-Security-Policy")));
  });
});

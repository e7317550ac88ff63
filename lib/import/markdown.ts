import matter from "gray-matter";
import type { Heading, Link, ListItem, Nodes, Paragraph, RootContent } from "mdast";
import { fromMarkdown } from "mdast-util-from-markdown";
import { toString } from "mdast-util-to-string";

import {
  deadLinkReason,
  gitHubRepository,
  isDeckUrl,
  isVideoUrl,
  normalizeEventName,
  sameUrl,
  yearInName,
} from "./facts";
import type {
  FactToAdd,
  ImportedEvent,
  ImportedTalk,
  SourceImport,
  SourceProblem,
  UnusableTalk,
} from "./imported-talk";
import { keepUsableContent, proseOf } from "./prose";
import { slugFromTitle } from "../content/slug";
import { isHttpUrl, type TalkLink } from "../content/talk-schema";

/**
 * A talks page in Markdown, as a Hugo or Jekyll site keeps one: a heading per talk (often
 * linking its deck or recording), its abstract, then sections introduced by a bold label:
 * "Slides" (the decks), "Events" (a list: each event's link, with its recording in a list
 * under it) and any other ("Demo Application"), whose links become the talk's links.
 * "Live Website: [name](url)" in the abstract is a link too.
 *
 * Read with mdast (mdast-util-from-markdown), never with patterns over the text: the page's
 * structure decides what each link is. An event's year comes from its name; the page gives
 * no day, month or place, so none is written.
 */

type SectionKind = "abstract" | "slides" | "events" | "recordings" | "links";

/** What a bold label (or a heading of one of these words) introduces; any other label introduces links. */
const SECTION_WORDS: Record<string, Exclude<SectionKind, "abstract" | "links">> = {
  slides: "slides",
  slide: "slides",
  deck: "slides",
  decks: "slides",
  "slide deck": "slides",
  events: "events",
  event: "events",
  "given at": "events",
  recording: "recordings",
  recordings: "recordings",
  video: "recordings",
  videos: "recordings",
};

/** The words of a link under an event that make it the event's recording, or its deck. */
const RECORDING_WORDS = ["recording", "video", "watch"];
const SLIDES_WORDS = ["slides", "deck"];

type Section = { kind: SectionKind; label: string };

/** A page's Markdown without its front matter, with the line the Markdown starts on. */
function withoutFrontMatter(text: string): { markdown: string; lineOffset: number } {
  const source = text.replace(/^\uFEFF/, "").replace(/\r\n?/g, "\n");
  // The page's own fields (its title and date) are not any talk's: read past them, never into them.
  const markdown = source.startsWith("+++")
    ? matter(source, { delimiters: "+++", language: "toml", engines: { toml: () => ({}) } }).content
    : matter(source, { engines: { yaml: () => ({}) } }).content;
  return { markdown, lineOffset: source.slice(0, source.length - markdown.length).split("\n").length - 1 };
}

function labelOf(node: RootContent): Section | undefined {
  let text: string | undefined;
  if (node.type === "paragraph") {
    const parts = node.children.filter((child) => !(child.type === "text" && child.value.trim() === ""));
    const [only] = parts;
    if (parts.length === 1 && (only?.type === "strong" || only?.type === "emphasis")) text = toString(only);
  } else if (node.type === "heading") {
    // A heading is a label only when it is one of the words: any other heading starts a talk.
    const words = toString(node).trim().replace(/:$/, "").toLowerCase();
    if (words in SECTION_WORDS) text = toString(node);
  }
  if (text === undefined) return undefined;
  const label = text.trim().replace(/:$/, "").trim();
  return { kind: SECTION_WORDS[label.toLowerCase()] ?? "links", label };
}

/** Every link in a node, in order. */
function linksIn(node: Nodes): Link[] {
  if (node.type === "link") return [node];
  return "children" in node ? node.children.flatMap((child) => linksIn(child)) : [];
}

/** "Live Website: [name](url)": a paragraph of a label, a colon and one link. */
function labelledLink(node: RootContent): { label: string; link: Link } | undefined {
  if (node.type !== "paragraph") return undefined;
  const parts = node.children.filter((child) => !(child.type === "text" && child.value.trim() === ""));
  const [text, link] = parts;
  if (parts.length !== 2 || text?.type !== "text" || link?.type !== "link") return undefined;
  const label = text.value.trim();
  return label.endsWith(":") && label.length > 1 ? { label: label.slice(0, -1).trim(), link } : undefined;
}

/**
 * A link written inside another link's target, `[text]([inner text](target))`: Markdown
 * reads the whole `[inner text](target)` as the outer link's address. Read that address as
 * Markdown in its turn: when it is one link, its target is the address meant.
 */
function nestedLink(address: string): { url: string; text: string } | undefined {
  const [paragraph, ...rest] = fromMarkdown(address).children;
  if (rest.length > 0 || paragraph?.type !== "paragraph" || paragraph.children.length !== 1) return undefined;
  const [link] = paragraph.children;
  return link?.type === "link" && isHttpUrl(link.url) ? { url: link.url, text: toString(link) } : undefined;
}

export function importMarkdownPage(text: string): SourceImport {
  const { markdown, lineOffset } = withoutFrontMatter(text);
  const lineOf = (node: Nodes) => (node.position ? node.position.start.line + lineOffset : undefined);
  const tree = fromMarkdown(markdown);

  // A section per heading; a label (**Slides**) belongs to the section it stands in.
  const blocks: { heading?: Heading; nodes: RootContent[] }[] = [{ nodes: [] }];
  for (const node of tree.children) {
    if (node.type === "heading" && !labelOf(node)) blocks.push({ heading: node, nodes: [] });
    else blocks[blocks.length - 1]!.nodes.push(node);
  }
  const hasEvents = (block: (typeof blocks)[number]) => block.nodes.some((node) => labelOf(node)?.kind === "events");
  // Talks are the headings with an Events list; a heading at their level without one is a talk that lists no event.
  const talkDepths = blocks.filter((block) => block.heading && hasEvents(block)).map((block) => block.heading!.depth);
  const talkDepth = talkDepths.length > 0 ? Math.min(...talkDepths) : undefined;

  const talks: (ImportedTalk | UnusableTalk)[] = [];
  const problems: SourceProblem[] = [];
  for (const block of blocks) {
    if (block.heading && block.heading.depth === talkDepth) {
      talks.push(readTalk(block.heading, block.nodes, lineOf));
      continue;
    }
    const nodes = [...(block.heading ? [block.heading] : []), ...block.nodes];
    const [first] = nodes;
    const last = nodes[nodes.length - 1];
    if (!first || !last) continue;
    const [from, to] = [lineOf(first), last.position ? last.position.end.line + lineOffset : undefined];
    const lines = from === to || to === undefined ? `line ${from}` : `lines ${from}-${to}`;
    problems.push({
      line: lineOf(first),
      message: block.heading
        ? `"${toString(block.heading).trim()}" (${lines}) is not a talk: its heading is not at the talks' level${talkDepth ? ` (${"#".repeat(talkDepth)})` : ""}, so its text is not imported`
        : `the text before the first talk (${lines}) belongs to no talk and is not imported`,
    });
  }
  return { talks, problems };
}

type LineOf = (node: Nodes) => number | undefined;

/** One talk's section: its heading, and the nodes up to the next talk's heading. */
function readTalk(heading: Heading, nodes: readonly RootContent[], lineOf: LineOf): ImportedTalk | UnusableTalk {
  const place = { line: lineOf(heading) };
  const title = toString(heading).replace(/\s+/g, " ").trim();
  const problems: SourceProblem[] = [];
  const toAdd: FactToAdd[] = [];
  let sawDeadLink = false;

  /** The address a link leads to, or undefined (reported) when it leads nowhere usable. */
  const usable = (link: Link, what: string, field?: string): string | undefined => {
    const report = (message: string) => problems.push({ line: lineOf(link), ...(field ? { field } : {}), message });
    let url = link.url.trim();
    if (!isHttpUrl(url)) {
      const nested = nestedLink(url);
      if (nested) {
        const inner = sameUrl(nested.text, nested.url)
          ? ""
          : `, and its text ${JSON.stringify(nested.text)} is not used`;
        report(`${what} is malformed, a link written inside a link: its target ${nested.url} is kept${inner}`);
        url = nested.url;
      } else if (url.startsWith("#")) {
        report(`${what} points at this page itself (${url}), not at another: it is left out`);
        return undefined;
      } else {
        report(`${what} is not a full http(s) address (${JSON.stringify(url)}): it is left out`);
        return undefined;
      }
    }
    const dead = deadLinkReason(url);
    if (dead) {
      sawDeadLink = true;
      report(`${what} ${url} no longer leads anywhere (${dead}): it is left out`);
      return undefined;
    }
    return url;
  };

  let section: Section = { kind: "abstract", label: "" };
  const abstract: RootContent[] = [];
  const decks: { url: string; text: string; line?: number }[] = [];
  const links: TalkLink[] = [];
  const eventNodes: (ListItem | Paragraph)[] = [];
  const recordings: string[] = [];

  for (const node of nodes) {
    const label = labelOf(node);
    if (label) {
      section = label;
      continue;
    }
    if (section.kind === "abstract") {
      const labelled = labelledLink(node);
      const url = labelled && usable(labelled.link, `the link "${labelled.label}"`, "links");
      if (labelled && url) links.push({ title: labelled.label, url });
      else if (!labelled) abstract.push(node);
    } else if (section.kind === "events") {
      if (node.type === "list") eventNodes.push(...node.children);
      else if (node.type === "paragraph") eventNodes.push(node);
    } else {
      for (const link of linksIn(node)) {
        const url = usable(
          link,
          section.kind === "slides" ? "the deck's link" : `the link under "${section.label}"`,
          section.kind === "links" ? "links" : section.kind,
        );
        if (!url) continue;
        const words = toString(link).trim();
        if (section.kind === "slides") decks.push({ url, text: words, line: lineOf(link) });
        else if (section.kind === "recordings") recordings.push(url);
        else links.push({ title: words === "" || sameUrl(words, url) ? section.label : words, url });
      }
    }
  }

  const events: ImportedEvent[] = [];
  for (const node of eventNodes) {
    const event = readEvent(node, events.length, { lineOf, usable, problems, toAdd });
    if (event) events.push(event);
  }
  if (events.length === 0) {
    const reason =
      eventNodes.length === 0
        ? "it lists no events, and a talk needs at least one"
        : "none of its events can be dated: an event's year comes from its name, and no name gives one";
    return { kind: "unusable", place, title, reason, problems };
  }

  // Decks: the first is the talk's; another goes to the event its words name, else to links.
  let slides: string | undefined;
  for (const deck of decks) {
    if (!slides) {
      slides = deck.url;
      continue;
    }
    const event = events.find((candidate) => slugFromTitle(deck.text).includes(slugFromTitle(candidate.name)));
    if (event && !event.slides) {
      event.slides = deck.url;
      continue;
    }
    links.push({ title: deck.text && !sameUrl(deck.text, deck.url) ? deck.text : "Slides", url: deck.url });
    problems.push({
      line: deck.line,
      field: "slides",
      message: `a second deck (${deck.url}), and the page does not say at which event it was used: it is kept under links; move it to that event's slides if you know`,
    });
  }

  // The heading's own link is usually the deck, the recording or the event page named again.
  const headingLinks = linksIn(heading).flatMap((link) => {
    const url = usable(link, "the heading's link");
    return url ? [url] : [];
  });
  const used = () => [
    slides,
    ...links.map((link) => link.url),
    ...events.flatMap((event) => [event.url, event.recording, event.slides]),
  ];
  for (const url of headingLinks) {
    if (used().some((known) => known !== undefined && sameUrl(known, url))) continue;
    if (!slides && isDeckUrl(url)) {
      slides = url;
      continue;
    }
    // A deck whose link is dead: the talk's GitHub repository, when its heading links one, holds its slides.
    const repository = gitHubRepository(url);
    if (!slides && sawDeadLink && repository) {
      slides = repository;
      problems.push({
        line: place.line,
        field: "slides",
        message: `the page gives no working deck; the GitHub repository its heading links, ${repository}, is written as the talk's slides`,
      });
      continue;
    }
    if (isVideoUrl(url) && events.length === 1 && !events[0]!.recording) {
      events[0]!.recording = url;
      problems.push({
        line: place.line,
        field: "events[0].recording",
        message: `the heading links a video (${url}), taken as the recording of the talk's one event`,
      });
      continue;
    }
    problems.push({
      line: place.line,
      message: `the heading's link ${url} is not carried over: it is none of the talk's decks, recordings or event pages`,
    });
  }

  for (const url of recordings) {
    const event = events.length === 1 ? events[0]! : undefined;
    if (event && !event.recording) event.recording = url;
    else {
      links.push({ title: "Recording", url });
      problems.push({
        line: place.line,
        field: "links",
        message: `a recording (${url}) that the page does not place at one of the talk's events: it is kept under links`,
      });
    }
  }

  const root = keepUsableContent({ type: "root", children: abstract }, (node, why) =>
    problems.push({ line: lineOf(node), field: "body", message: why }),
  );
  const prose = proseOf(root, "the page");
  // In the page's order, whichever part of the section each was found in.
  problems.sort((a, b) => (a.line ?? 0) - (b.line ?? 0));
  return {
    kind: "talk",
    place,
    title,
    summary: prose.summary,
    abstract: prose.abstract,
    tags: [],
    slides,
    links: uniqueLinks(links),
    speakers: [],
    events,
    toAdd: [...prose.toAdd, ...toAdd],
    problems,
  };
}

type EventContext = {
  lineOf: LineOf;
  usable: (link: Link, what: string, field?: string) => string | undefined;
  problems: SourceProblem[];
  toAdd: FactToAdd[];
};

/** An item of the Events list: the event's link (its words are its name), and its recording in a list under it. */
function readEvent(node: ListItem | Paragraph, index: number, context: EventContext): ImportedEvent | undefined {
  const { lineOf, usable, problems, toAdd } = context;
  const [first, ...rest] = node.type === "listItem" ? node.children : [node];
  if (!first) return undefined;
  const line = lineOf(first);
  const link = linksIn(first)[0];
  const written = toString(link ?? first)
    .replace(/\s+/g, " ")
    .trim();
  if (written === "") return undefined;
  const field = `events[${index}]`;
  const name = normalizeEventName(written);
  const year = yearInName(name);
  if (year === undefined) {
    problems.push({
      line,
      field: "events",
      message: `the event "${written}" names no year, and the page gives no date: it is left out; add it with its date`,
    });
    return undefined;
  }
  if (name !== written) problems.push({ line, field: `${field}.name`, message: `"${written}" is written "${name}"` });

  let url = link ? usable(link, "the event's link", `${field}.url`) : undefined;
  let recording: string | undefined;
  let slides: string | undefined;
  for (const item of rest.flatMap((child) => (child.type === "list" ? child.children : []))) {
    const sub = linksIn(item)[0];
    if (!sub) continue;
    const words = toString(sub).toLowerCase();
    if (RECORDING_WORDS.some((word) => words.includes(word))) {
      recording = usable(sub, "the recording's link", `${field}.recording`) ?? recording;
      if (!recording)
        toAdd.push({
          field: `${field}.recording`,
          message: "the page's link to the recording leads nowhere: add the recording's address",
        });
    } else if (SLIDES_WORDS.some((word) => words.includes(word)))
      slides = usable(sub, "the deck's link", `${field}.slides`) ?? slides;
    else
      problems.push({
        line: lineOf(sub),
        field,
        message: `the link "${toString(sub)}" under the event is neither its recording nor its deck: it is not carried over`,
      });
  }

  // An "event" link that is a video is the recording, put where the event's page belongs.
  if (url && isVideoUrl(url)) {
    const message = !recording
      ? `the event's link ${url} is a video, not the event's page: it is written as the event's recording, and the event has no page`
      : sameUrl(recording, url)
        ? `the event's link ${url} is its recording again, not the event's page: the event is written without a page`
        : `the event's link ${url} is a video, and the event has another recording (${recording}): the event is written without a page, and this video is not carried over`;
    recording ??= url;
    problems.push({ line, field: `${field}.url`, message });
    url = undefined;
  }

  toAdd.push(
    {
      field: `${field}.date`,
      message: `only the year (${year}) is known, from the event's name: add the month, or the day, if you know them`,
    },
    { field: `${field}.location`, message: 'the page names no place: add "City, Country", or "Online"' },
  );
  return {
    name,
    date: { year },
    ...(url ? { url } : {}),
    ...(recording ? { recording } : {}),
    ...(slides ? { slides } : {}),
  };
}

function uniqueLinks(links: readonly TalkLink[]): TalkLink[] {
  return links.filter((link, index) => links.findIndex((other) => sameUrl(other.url, link.url)) === index);
}

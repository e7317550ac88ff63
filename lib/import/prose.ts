import type { ElementContent, RootContent as HtmlNode } from "hast";
import { fromHtml } from "hast-util-from-html";
import type { BlockContent, ListItem, Nodes, Parent, PhrasingContent, Root, RootContent } from "mdast";
import { mdxToMarkdown } from "mdast-util-mdx";
import { toMarkdown } from "mdast-util-to-markdown";
import { toString } from "mdast-util-to-string";

import { deadLinkReason } from "./facts";
import type { FactToAdd } from "./imported-talk";
import { isHttpUrl, SUMMARY_MAX_LENGTH } from "../content/talk-schema";

/**
 * The speaker's own words, moved from a source into a talk file: the abstract as Markdown
 * nodes, whichever format it came in (Markdown, HTML, plain text), and a summary made of its
 * first whole sentences. Text is never cut inside a sentence, so never inside a word.
 */

const sentences = new Intl.Segmenter("en", { granularity: "sentence" });

/**
 * As many whole sentences from the start of `text` as fit in the summary's limit; undefined
 * when even the first is longer.
 */
export function summaryFromText(text: string): string | undefined {
  let summary = "";
  for (const { segment } of sentences.segment(text.replace(/\s+/g, " ").trim())) {
    if ((summary + segment).trim().length > SUMMARY_MAX_LENGTH) break;
    summary += segment;
  }
  return summary.trim() || undefined;
}

export type Prose = { summary?: string; abstract?: Root; toAdd: FactToAdd[] };

/**
 * The summary and abstract of a talk from its abstract's nodes; `sourceName` names where the
 * abstract was looked for in messages ("the page", "the video's description"). What is
 * missing is a fact to add: the writer then keeps the talk a draft.
 */
export function proseOf(abstract: Root | undefined, sourceName: string): Prose {
  const blocks = abstract?.children.filter((node) => toString(node).trim() !== "") ?? [];
  if (blocks.length === 0) {
    return {
      toAdd: [
        {
          field: "summary",
          message: `${sourceName} gives no abstract to take a summary from: write one of at most ${SUMMARY_MAX_LENGTH} characters`,
        },
        { field: "body", message: `${sourceName} gives no abstract: write it in place of the placeholder paragraph` },
      ],
    };
  }
  const root: Root = { type: "root", children: blocks };
  const summary = summaryFromText(toString(blocks[0]));
  if (summary) return { summary, abstract: root, toAdd: [] };
  return {
    abstract: root,
    toAdd: [
      {
        field: "summary",
        message: `the abstract's first sentence is longer than the ${SUMMARY_MAX_LENGTH} characters a summary may be, and a sentence is never cut: write a summary`,
      },
    ],
  };
}

/** Plain text as paragraphs: a blank line ends one; the lines of a paragraph are joined. */
export function paragraphsFromPlainText(text: string): Root {
  const paragraphs = text
    .replace(/\r\n?/g, "\n")
    .split(/\n[ \t]*\n/)
    .map((paragraph) =>
      paragraph
        .split("\n")
        .map((line) => line.trim())
        .filter(Boolean)
        .join(" "),
    )
    .filter(Boolean);
  return {
    type: "root",
    children: paragraphs.map((value) => ({ type: "paragraph", children: [{ type: "text", value }] })),
  };
}

const BLOCK_ELEMENTS = new Set([
  "p",
  "div",
  "section",
  "article",
  "h1",
  "h2",
  "h3",
  "h4",
  "h5",
  "h6",
  "ul",
  "ol",
  "li",
  "blockquote",
  "pre",
  "table",
]);
/** Elements whose content is not prose: left out with their text. */
const IGNORED_ELEMENTS = new Set([
  "script",
  "style",
  "template",
  "img",
  "iframe",
  "video",
  "audio",
  "object",
  "svg",
  "math",
]);

/**
 * HTML (as Notist gives an abstract) read by an HTML parser into Markdown nodes: paragraphs,
 * lists, quotes, code, links, emphasis. Everything else keeps only its text.
 */
export function paragraphsFromHtml(html: string): Root {
  return { type: "root", children: htmlBlocks(fromHtml(html, { fragment: true }).children) };
}

function htmlBlocks(nodes: readonly (HtmlNode | ElementContent)[]): BlockContent[] {
  const blocks: BlockContent[] = [];
  let inline: PhrasingContent[] = [];
  const flush = () => {
    const children = trimPhrasing(inline);
    if (children.length > 0) blocks.push({ type: "paragraph", children });
    inline = [];
  };
  for (const node of nodes) {
    if (node.type !== "element" || !BLOCK_ELEMENTS.has(node.tagName)) {
      inline.push(...htmlPhrasing([node]));
      continue;
    }
    flush();
    if (node.tagName === "ul" || node.tagName === "ol") {
      const items: ListItem[] = node.children
        .filter((child) => child.type === "element" && child.tagName === "li")
        .map((item) => ({
          type: "listItem",
          spread: false,
          children: htmlBlocks(item.type === "element" ? item.children : []),
        }));
      if (items.length > 0)
        blocks.push({ type: "list", ordered: node.tagName === "ol", spread: false, children: items });
    } else if (node.tagName === "blockquote") {
      blocks.push({ type: "blockquote", children: htmlBlocks(node.children) });
    } else if (node.tagName === "pre") {
      blocks.push({ type: "code", value: htmlText(node.children) });
    } else {
      blocks.push(...htmlBlocks(node.children));
    }
  }
  flush();
  return blocks;
}

function htmlPhrasing(nodes: readonly (HtmlNode | ElementContent)[]): PhrasingContent[] {
  return nodes.flatMap((node): PhrasingContent[] => {
    if (node.type === "text") return [{ type: "text", value: node.value.replace(/\s+/g, " ") }];
    if (node.type !== "element" || IGNORED_ELEMENTS.has(node.tagName)) return [];
    const children = htmlPhrasing(node.children);
    switch (node.tagName) {
      case "a": {
        const href = typeof node.properties.href === "string" ? node.properties.href : undefined;
        return href ? [{ type: "link", url: href, children }] : children;
      }
      case "strong":
      case "b":
        return [{ type: "strong", children }];
      case "em":
      case "i":
        return [{ type: "emphasis", children }];
      case "code":
        return [{ type: "inlineCode", value: htmlText(node.children) }];
      case "br":
        return [{ type: "text", value: " " }];
      default:
        return children;
    }
  });
}

function htmlText(nodes: readonly ElementContent[]): string {
  return nodes
    .map((node) => (node.type === "text" ? node.value : node.type === "element" ? htmlText(node.children) : ""))
    .join("");
}

/** A paragraph's words without the spaces HTML's layout left at its ends. */
function trimPhrasing(children: PhrasingContent[]): PhrasingContent[] {
  const trimmed = children.filter((child) => child.type !== "text" || child.value !== "");
  const first = trimmed[0];
  if (first?.type === "text") first.value = first.value.trimStart();
  const last = trimmed[trimmed.length - 1];
  if (last?.type === "text") last.value = last.value.trimEnd();
  return toString({ type: "paragraph", children: trimmed }).trim() === "" ? [] : trimmed;
}

/** Why a link in an abstract is not kept as a link (its words are), or undefined to keep it. */
function linkProblem(url: string): string | undefined {
  if (!isHttpUrl(url)) return `is not a full http(s) address (${JSON.stringify(url)})`;
  const dead = deadLinkReason(url);
  return dead ? `no longer leads anywhere (${dead})` : undefined;
}

/**
 * Keeps only what a talk's abstract may hold: links that lead somewhere on the web (any
 * other keeps its words), and no raw HTML or images, which the site's body check refuses.
 * `onDrop` hears of each change, with the node and why, so that the importer can report it.
 */
export function keepUsableContent(root: Root, onDrop: (node: Nodes, why: string) => void): Root {
  const clean = (parent: Parent): void => {
    const kept: RootContent[] = [];
    for (const child of parent.children) {
      if (child.type === "html") onDrop(child, "raw HTML is not carried into an abstract");
      else if (child.type === "image" || child.type === "imageReference")
        onDrop(child, "images are not carried into an abstract");
      else if (child.type === "definition") continue;
      else if (child.type === "link" || child.type === "linkReference") {
        const problem =
          child.type === "link" ? linkProblem(child.url) : "is a reference link, whose address is kept apart from it";
        if (problem) {
          onDrop(child, `the link ${problem}: its words are kept without it`);
          clean(child);
          kept.push(...child.children);
        } else {
          clean(child);
          kept.push(child);
        }
      } else {
        if ("children" in child) clean(child);
        kept.push(child);
      }
    }
    parent.children = kept;
  };
  clean(root);
  return root;
}

/** The abstract as MDX that the site's body check accepts: MDX's own characters escaped, links written out in full. */
export function abstractToMdx(abstract: Root): string {
  return `${toMarkdown(abstract, { extensions: [mdxToMarkdown()], resourceLink: true, bullet: "-", emphasis: "_" }).trim()}\n`;
}

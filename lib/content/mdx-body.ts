import { createProcessor } from "@mdx-js/mdx";
import type { Root, RootContent } from "mdast";
import type { MdxJsxAttribute, MdxJsxExpressionAttribute } from "mdast-util-mdx-jsx";
import { toString } from "mdast-util-to-string";
import { visit } from "unist-util-visit";

import { parseDeck, parsePdfPath, parseYouTubeUrl } from "./embeds";
import { MAX_BODY_DEPTH } from "./limits";
import { MDX_COMPONENT_NAMES, MDX_COMPONENT_PROPS, MDX_EMBED_NAMES, type MdxComponentName } from "./mdx-components";
import { truncate, type ContentProblem } from "./problems";
import { isHttpUrl, pdfPathProblem } from "./talk-schema";

/**
 * Checks a talk's MDX body before it is ever rendered.
 *
 * next-mdx-remote 6 blocks JavaScript in MDX, but silently: `{1 + 1}` vanishes and
 * `href={"https://…"}` renders a link with no target. Everything it would strip,
 * and everything that could run code or pull in third-party content, is refused
 * here with the line where it stands.
 */

type BodyProblem = Omit<ContentProblem, "file">;

/** A link in the body to another talk's page, checked once every talk is known. */
export type TalkPageReference = { slug: string; line?: number };

/** A link in the body to a PDF under public/, whose file is checked by the caller, which knows where public/ is. */
export type PdfReference = { path: string; line?: number };

export type BodyCheck = { problems: BodyProblem[]; talkReferences: TalkPageReference[]; pdfReferences: PdfReference[] };

/** The components whose href may also be a PDF deck under public/. */
const DECK_COMPONENTS = new Set<string>(["SlidesLink", "SlidesEmbed"] satisfies MdxComponentName[]);

// "/talks/<slug>", optionally with a trailing slash, a query or a fragment.
const TALK_PAGE_PATH = /^\/talks\/([^/?#]+)\/?(?:[?#].*)?$/;

const knownComponents = new Set<string>(MDX_COMPONENT_NAMES);
const embedComponents = new Set<string>(MDX_EMBED_NAMES);
const knownComponentList = MDX_COMPONENT_NAMES.map((name) => `<${name}>`).join(", ");

/** Raw HTML elements that execute, embed or restyle: never allowed in an abstract. */
const FORBIDDEN_ELEMENTS = new Set([
  "script", "style", "iframe", "frame", "frameset", "object", "embed", "applet",
  "form", "input", "button", "textarea", "select", "link", "meta", "base", "svg", "math",
]);

// One processor for every file: creating it is the costly part, parsing is cheap.
const mdxParser = createProcessor({ format: "mdx" });

/** A link in Markdown may point at another page of the site, an anchor, mail or the web. */
function isAllowedMarkdownUrl(url: string): boolean {
  return url.startsWith("/") || url.startsWith("#") || /^mailto:/i.test(url) || isHttpUrl(url);
}

function isKnownComponent(name: string): name is MdxComponentName {
  return knownComponents.has(name);
}

/** How to write a component's props, for messages: href="https://…" and title="…". */
function propsUsage(name: MdxComponentName): string {
  return MDX_COMPONENT_PROPS[name].map((prop) => (prop === "href" ? 'href="https://…"' : `${prop}="…"`)).join(" and ");
}

/** How to write the component whole, for messages. */
function componentUsage(name: MdxComponentName): string {
  return embedComponents.has(name) ? `<${name} href="https://…" />` : `<${name} href="https://…">label</${name}>`;
}

/**
 * Why an embed cannot show this URL, with the component to use instead; undefined when it can.
 * The page builds the player from the same parser, so what passes here is what plays there.
 */
function embedUrlProblem(name: MdxComponentName, url: string): string | undefined {
  if (name === "VideoEmbed" && !parseYouTubeUrl(url)) {
    return `<VideoEmbed>: ${JSON.stringify(truncate(url))} is not a YouTube video; VideoEmbed plays YouTube watch, youtu.be, embed, shorts and live URLs. Link any other recording with <RecordingLink href="…">label</RecordingLink>`;
  }
  if (name === "SlidesEmbed" && !parseDeck(url)) {
    return `<SlidesEmbed>: ${JSON.stringify(truncate(url))} is not a Google Slides deck or a PDF; SlidesEmbed shows https://docs.google.com/presentation/d/… decks and PDFs under public/ such as "/slides/my-talk.pdf". Link any other deck with <SlidesLink href="…">label</SlidesLink>`;
  }
  return undefined;
}

function isExpressionAttribute(
  attribute: MdxJsxAttribute | MdxJsxExpressionAttribute,
): attribute is MdxJsxExpressionAttribute {
  return attribute.type === "mdxJsxExpressionAttribute";
}

/** What the checks of one body share: where problems go, and where the links it makes are noted. */
type BodyChecker = {
  fileKind: string;
  report: (node: RootContent, message: string) => void;
  notePdfReference: (url: string, node: RootContent) => void;
  noteTalkReference: (url: string, node: RootContent) => void;
};

type JsxElement = Extract<RootContent, { type: "mdxJsxFlowElement" | "mdxJsxTextElement" }>;

/**
 * Returns every problem in the body; `firstLine` is the file line the body starts on,
 * so that lines point into the whole file, not into the body alone. `fileKind` names
 * the file in messages: "a talk file", "the speaker's profile".
 */
export function checkMdxBody(body: string, firstLine: number, fileKind = "a talk file"): BodyCheck {
  const toFileLine = (bodyLine: number | undefined) =>
    bodyLine === undefined ? undefined : bodyLine + firstLine - 1;

  let tree: Root;
  try {
    tree = mdxParser.parse(body);
  } catch (error) {
    if (error instanceof RangeError) return { problems: [tooDeep(undefined)], talkReferences: [], pdfReferences: [] };
    const { line, reason } = error as { line?: number; reason?: string; message?: string };
    return {
      problems: [
        {
          line: toFileLine(line),
          field: "body",
          // The parser's own "(2:9-2:53)" positions count from the body; the line above counts from the file.
          message: `MDX does not parse: ${(reason ?? (error as Error).message).replace(/\s*\(\d+:\d+(?:-\d+:\d+)?\)/g, "")}`,
        },
      ],
      talkReferences: [],
      pdfReferences: [],
    };
  }

  // Before any recursive walk: the checks below and the renderer would exhaust the stack.
  const tooDeepNode = nodeBeyondDepth(tree, MAX_BODY_DEPTH);
  if (tooDeepNode) return { problems: [tooDeep(toFileLine(tooDeepNode.position?.start.line))], talkReferences: [], pdfReferences: [] };

  const problems: BodyProblem[] = [];
  const talkReferences: TalkPageReference[] = [];
  const pdfReferences: PdfReference[] = [];
  const checker: BodyChecker = {
    fileKind,
    report: (node, message) => problems.push({ line: toFileLine(node.position?.start.line), field: "body", message }),
    notePdfReference: (url, node) => {
      if (parsePdfPath(url)) pdfReferences.push({ path: url, line: toFileLine(node.position?.start.line) });
    },
    noteTalkReference: (url, node) => {
      const slug = TALK_PAGE_PATH.exec(url)?.[1];
      if (slug) talkReferences.push({ slug: decodeSlug(slug), line: toFileLine(node.position?.start.line) });
    },
  };

  visit(tree, (node) => {
    if (node.type !== "root") checkNode(node, checker);
  });
  return { problems, talkReferences, pdfReferences };
}

function tooDeep(line: number | undefined): BodyProblem {
  return {
    line,
    field: "body",
    message: `the abstract nests more than ${MAX_BODY_DEPTH} levels deep (quotes, lists or elements inside one another); flatten it`,
  };
}

/** The first node deeper than `limit`, found without recursion; undefined when the tree is within it. */
function nodeBeyondDepth(tree: Root, limit: number): RootContent | undefined {
  const stack: { node: Root | RootContent; depth: number }[] = [{ node: tree, depth: 0 }];
  while (stack.length > 0) {
    const { node, depth } = stack.pop()!;
    if (depth > limit) return node as RootContent;
    if ("children" in node) for (const child of node.children) stack.push({ node: child, depth: depth + 1 });
  }
  return undefined;
}

/** A slug from a link's path; a malformed escape ("%E0%A4") is kept as written, and fails as an unknown talk. */
function decodeSlug(slug: string): string {
  try {
    return decodeURIComponent(slug);
  } catch {
    return slug;
  }
}

/** One node of the body: JavaScript is refused, links are checked and noted, elements are checked against the allow-list. */
function checkNode(node: RootContent, checker: BodyChecker): void {
  const { report } = checker;
  switch (node.type) {
    case "mdxjsEsm":
      report(node, `import and export are not allowed in ${checker.fileKind}; use the built-in components ${knownComponentList}`);
      return;
    case "mdxFlowExpression":
    case "mdxTextExpression":
      report(
        node,
        `JavaScript expressions are not allowed: {${node.value.trim()}}; write the text itself, or escape a literal brace as \\{`,
      );
      return;
    case "link":
    case "image":
    case "definition":
      if (!isAllowedMarkdownUrl(node.url)) {
        report(node, `expected a link to an http(s) URL, a /path on this site, #anchor or mailto:, got ${JSON.stringify(truncate(node.url))}`);
      }
      checker.noteTalkReference(node.url, node);
      checker.notePdfReference(node.url, node);
      return;
    case "mdxJsxFlowElement":
    case "mdxJsxTextElement":
      checkElement(node, checker);
      return;
  }
}

/** An HTML element or a component: allowed at all, then each of its attributes, then what it must have. */
function checkElement(node: JsxElement, checker: BodyChecker): void {
  const { report } = checker;
  const name = node.name;
  if (name === null) {
    report(node, "fragments (<>…</>) are not allowed; write the content without them");
    return;
  }
  const isComponent = /^[A-Z]/.test(name) || name.includes(".");
  const component = isKnownComponent(name) ? name : undefined;
  if (isComponent && !component) {
    report(node, `unknown component <${name}>; the known components are ${knownComponentList}`);
    return;
  }
  if (!isComponent && FORBIDDEN_ELEMENTS.has(name.toLowerCase())) {
    report(node, `raw <${name}> is not allowed in ${checker.fileKind}`);
    return;
  }
  for (const attribute of node.attributes) {
    if (isExpressionAttribute(attribute)) {
      report(node, `<${name}>: spread props {${attribute.value}} are not allowed; write each prop as name="text"`);
      continue;
    }
    checkAttribute(node, { name, isComponent, component }, attribute, checker);
  }
  const hasHref = node.attributes.some((attribute) => !isExpressionAttribute(attribute) && attribute.name === "href");
  if (component && !hasHref) {
    report(node, `<${name}>: missing href; write ${componentUsage(component)}`);
  }
  if (component && embedComponents.has(component) && node.children.length > 0) {
    // The embed draws its own poster and button; text inside would be dropped unseen.
    report(node, `<${name}>: takes no content between its tags; write ${componentUsage(component)}`);
  }
}

/** One name="value" attribute: no handlers, no expressions, only a component's own props, and URLs it may link to. */
function checkAttribute(
  node: JsxElement,
  element: { name: string; isComponent: boolean; component: MdxComponentName | undefined },
  attribute: MdxJsxAttribute,
  checker: BodyChecker,
): void {
  const { report } = checker;
  const { name, isComponent, component } = element;
  const prop = attribute.name;
  if (/^on/i.test(prop)) {
    report(node, `<${name}>: event handler ${prop} is not allowed`);
    return;
  }
  if (attribute.value !== null && typeof attribute.value === "object") {
    report(
      node,
      `<${name}>: ${prop}={${attribute.value.value}} is an expression, which MDX would drop; write ${prop}="…" with the value in quotes`,
    );
    return;
  }
  if (component && !(MDX_COMPONENT_PROPS[component] as readonly string[]).includes(prop)) {
    report(node, `<${name}>: unknown prop ${prop}; expected only ${propsUsage(component)}`);
    return;
  }
  if (component && prop === "title" && (typeof attribute.value !== "string" || attribute.value.trim() === "")) {
    report(node, `<${name}>: title is empty; write title="…", or leave it out to use the talk's title`);
    return;
  }
  const url = typeof attribute.value === "string" ? attribute.value : undefined;
  if (url === undefined || (prop !== "href" && prop !== "src")) return;
  // A deck may be a PDF of the site's own; otherwise components link off-site
  // only, and pages of this site belong in a Markdown link.
  if (component && DECK_COMPONENTS.has(component) && url.startsWith("/")) {
    const problem = pdfPathProblem(url);
    if (problem) report(node, `<${name}>: href ${problem}`);
    else checker.notePdfReference(url, node);
    return;
  }
  const allowed = isComponent ? isHttpUrl(url) : isAllowedMarkdownUrl(url);
  const embedProblem = allowed && component ? embedUrlProblem(component, url) : undefined;
  if (!allowed) report(node, `<${name}>: expected ${prop} to be an http(s) URL, got ${JSON.stringify(truncate(url))}`);
  else if (embedProblem) report(node, embedProblem);
  else if (prop === "href") {
    checker.noteTalkReference(url, node);
    checker.notePdfReference(url, node);
  }
}

/**
 * The abstract's blocks as words: the text of each paragraph, heading and list, link labels
 * included, without markup. Called only on a body checkMdxBody has passed.
 */
export function mdxPlainParagraphs(body: string): string[] {
  const tree = mdxParser.parse(body);
  const blocks = tree.children.map((node) => toString(node, { includeHtml: false }).replace(/\s+/g, " ").trim());
  return blocks.filter(Boolean);
}

/** The abstract as words, for search: its blocks, a line each. */
export function mdxPlainText(body: string): string {
  return mdxPlainParagraphs(body).join("\n");
}

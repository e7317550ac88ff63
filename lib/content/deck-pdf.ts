import { createHash, randomUUID } from "node:crypto";
import fs from "node:fs/promises";
import path from "node:path";
import { pathToFileURL } from "node:url";

import type { Canvas } from "@napi-rs/canvas";
import { z } from "zod";

import { projectPath, PUBLIC_DIRECTORY } from "../paths.mjs";
import { formatBytes } from "./files";
import { inflatedSizeProblem } from "./pdf-streams";

/**
 * A talk's PDF deck (a file under public/) turned into slide images and text at build time:
 * pdf.js (pdfjs-dist, legacy build: the modern one needs browser globals Node 20 lacks)
 * reads the PDF and draws each page on a Skia canvas (@napi-rs/canvas, which pdf.js also
 * uses for its own scratch canvases in Node). Both packages ship everything they need, the
 * standard fonts, CMaps and wasm decoders included, so nothing is fetched.
 *
 * Each deck is kept in `<cacheDirectory>/<sha256 of the PDF>/`: manifest.json and the
 * images. The site passes .next/cache/decks, which next build leaves alone and Vercel's
 * build cache keeps, so a deck is rendered once, not on every build.
 */

/**
 * GitHub warns about files above 50 MiB and refuses them above 100 MiB, and a deck that
 * large is a long download for a visitor (the site links the PDF itself). An exported
 * 100-slide deck with photos is typically 5-30 MB.
 */
export const MAX_DECK_BYTES = 50 * 1024 * 1024;

/**
 * A conference talk has 20-80 slides and a full-day workshop rarely 250. Rendering costs
 * 30-55 ms a slide of text and shapes (lib/content/deck-pdf.test.ts prints it) and about 140 ms a
 * full-page photo, so 300 pages is at most 10-45 s of one build worker, once. More is almost
 * always a handout or an appendix exported with the talk.
 */
export const MAX_DECK_PAGES = 300;

/**
 * A slide's image widths in CSS pixels, smallest first: 640 fills a phone or an inline
 * embed, 1280 a desktop column and 2x phones. Each page is drawn once at the largest.
 */
export const SLIDE_WIDTHS = [640, 1280] as const;

/**
 * Raise when the images or text a deck gives change, or what a deck must pass to be rendered
 * (2: the inflated-size check), so that cached decks are rendered (and checked) again.
 */
export const RENDERER_VERSION = 2;

/**
 * An image larger than this many pixels is left out of the slide by pdf.js instead of decoded:
 * a JPEG of a few KB may declare 30,000 × 30,000 pixels, 3.6 GB once decoded. 50 million is a
 * 8,660 × 5,770 photo, more than any camera a slide's photo comes from.
 */
const MAX_IMAGE_PIXELS = 50_000_000;

const WEBP_QUALITY = 80;
const JPEG_QUALITY = 80;

/** One slide at one width; `webp` and `jpeg` (the fallback) are file names in the deck's cache folder. */
export type SlideImage = { width: number; height: number; webp: string; jpeg: string };

/** `number` counts from 1; `text` is the page's text, one line of the slide per line, whitespace collapsed. */
export type Slide = { number: number; text: string; images: SlideImage[] };

export type Deck = {
  /** sha256 of the PDF's bytes, in hex: the cache key. */
  hash: string;
  pageCount: number;
  /** The first page's size in PDF points (1/72 in), after its rotation. */
  aspect: { width: number; height: number };
  slides: Slide[];
};

export type DeckProblem = {
  reason: "unreadable" | "encrypted" | "empty" | "too-large" | "too-many-pages";
  /** Written for the author: what is wrong, and the fix. */
  message: string;
};

export type DeckResult =
  | {
      ok: true;
      deck: Deck;
      /** Pages rendered by this call: 0 when the deck came from the cache. */
      rendered: number;
    }
  | { ok: false; problem: DeckProblem };

export type LoadDeckOptions = {
  /** Where decks are kept between builds; the site uses .next/cache/decks. */
  cacheDirectory: string;
  /** How messages name the deck; by default its site path ("/slides/x.pdf") when it is under public/, else its path. */
  name?: string;
  /** Defaults to MAX_DECK_BYTES. */
  maxBytes?: number;
  /** Defaults to MAX_DECK_PAGES. */
  maxPages?: number;
};

const MANIFEST_FILE = "manifest.json";

// A name the renderer itself writes: a manifest that names anything else (a path, "..") was not.
const imageFileName = z.string().regex(/^\d{3,}-\d+\.(?:webp|jpg)$/);

const slideImageSchema = z.strictObject({
  width: z.number().int().positive(),
  height: z.number().int().positive(),
  webp: imageFileName,
  jpeg: imageFileName,
});

const deckSchema = z.strictObject({
  hash: z.string().regex(/^[0-9a-f]{64}$/),
  pageCount: z.number().int().positive(),
  aspect: z.strictObject({ width: z.number().positive(), height: z.number().positive() }),
  slides: z.array(
    z.strictObject({ number: z.number().int().positive(), text: z.string(), images: z.array(slideImageSchema).length(SLIDE_WIDTHS.length) }),
  ),
}) satisfies z.ZodType<Deck>;

const manifestSchema = z.strictObject({ rendererVersion: z.literal(RENDERER_VERSION), deck: deckSchema });

/** The path of one of a deck's image files, as named in its slides. */
export function deckImagePath(deck: Deck, fileName: string, cacheDirectory: string): string {
  if (!imageFileName.safeParse(fileName).success) throw new Error(`"${fileName}" is not the name of a slide image`);
  return path.join(cacheDirectory, deck.hash, fileName);
}

// Literal paths, as elsewhere in lib/: Next's file tracer follows them, and a bundled
// module's import.meta.url does not point into node_modules.
const PDFJS_DIRECTORY = path.join(process.cwd(), "node_modules", "pdfjs-dist");
const PDFJS_WORKER_FILE = path.join(process.cwd(), "node_modules", "pdfjs-dist", "legacy", "build", "pdf.worker.mjs");

type PdfJs = typeof import("pdfjs-dist/legacy/build/pdf.mjs");
type PdfDocument = Awaited<ReturnType<PdfJs["getDocument"]>["promise"]>;
type PdfPage = Awaited<ReturnType<PdfDocument["getPage"]>>;
type CanvasModule = typeof import("@napi-rs/canvas");

let libraries: Promise<{ pdfjs: PdfJs; canvas: CanvasModule }> | undefined;

// Loaded on first use: pdf.js is 3 MB of JavaScript that pages without a deck never need.
function loadLibraries(): Promise<{ pdfjs: PdfJs; canvas: CanvasModule }> {
  libraries ??= (async () => {
    // Without its standard fonts pdf.js still draws, silently, with whatever fonts the machine
    // has (none on some build images), so their absence stops the build instead.
    await fs.access(path.join(PDFJS_DIRECTORY, "standard_fonts", "LiberationSans-Regular.ttf")).catch(() => {
      throw new Error(`pdfjs-dist's standard fonts are not in ${path.join(PDFJS_DIRECTORY, "standard_fonts")}: run npm ci in ${process.cwd()}`);
    });
    const [pdfjs, canvas] = await Promise.all([import("pdfjs-dist/legacy/build/pdf.mjs"), import("@napi-rs/canvas")]);
    // In Node pdf.js runs its worker on the main thread ("fake worker"), importing this
    // module itself; by file URL, so that it never depends on where pdf.mjs was bundled.
    pdfjs.GlobalWorkerOptions.workerSrc = pathToFileURL(PDFJS_WORKER_FILE).href;
    return { pdfjs, canvas };
  })();
  return libraries;
}

const inFlight = new Map<string, Promise<DeckResult>>();

/**
 * The deck in `pdfFile`: from the cache when this PDF (by content) was rendered before by
 * this RENDERER_VERSION, else rendered now and kept. A PDF that cannot become a deck gives a
 * problem for the author; a cache that cannot be written throws, as the build cannot go on.
 *
 * A PDF with only an owner password (one that restricts printing or copying) opens in every
 * reader without a question, so it is rendered like any other; one that needs a password to
 * open is "encrypted".
 */
export async function loadDeck(pdfFile: string, options: LoadDeckOptions): Promise<DeckResult> {
  const name = options.name ?? displayName(pdfFile);
  const maxBytes = options.maxBytes ?? MAX_DECK_BYTES;
  const maxPages = options.maxPages ?? MAX_DECK_PAGES;

  let size: number;
  try {
    const stats = await fs.stat(pdfFile);
    if (!stats.isFile()) return problem("unreadable", `"${name}" is not a file: put the PDF there, or link the deck as an http(s) URL`);
    size = stats.size;
  } catch (error) {
    if (hasCode(error, "ENOENT")) return problem("unreadable", `"${name}" does not exist: put the PDF there, or link the deck as an http(s) URL`);
    return problem("unreadable", `"${name}" cannot be read (${describeError(error)}): check the file, or link the deck as an http(s) URL`);
  }
  // Before reading, so that a huge file costs nothing.
  if (size > maxBytes) {
    return problem(
      "too-large",
      `"${name}" is ${formatBytes(size)}, more than the ${formatBytes(maxBytes)} a deck may be: export it again with its images compressed (most apps have a "reduce file size" option), or link it as an http(s) URL`,
    );
  }
  if (size === 0) return problem("empty", `"${name}" is an empty file (0 bytes): export the deck again as PDF, or link it as an http(s) URL`);

  let bytes: Buffer;
  try {
    bytes = await fs.readFile(pdfFile);
  } catch (error) {
    return problem("unreadable", `"${name}" cannot be read (${describeError(error)}): check the file, or link the deck as an http(s) URL`);
  }
  const hash = createHash("sha256").update(bytes).digest("hex");
  const deckDirectory = path.join(options.cacheDirectory, hash);

  const cached = await readManifest(deckDirectory, hash);
  // The limits hold for a cached deck too, so that the answer never depends on the cache.
  if (cached && cached.pageCount > maxPages) return tooManyPages(name, cached.pageCount, maxPages);
  if (cached) return { ok: true, deck: cached, rendered: 0 };

  // Only a deck this renderer has not seen: a cached one passed the same check when it was rendered.
  const inflated = await inflatedSizeProblem(bytes);
  if (inflated) return problem("too-large", `"${name}": ${inflated}`);

  // Pages of one build worker that show the same deck share one rendering.
  const key = [path.resolve(deckDirectory), maxPages, name].join("\n");
  let rendering = inFlight.get(key);
  if (!rendering) {
    rendering = renderDeck(bytes, hash, { name, maxPages, cacheDirectory: options.cacheDirectory }).finally(() => inFlight.delete(key));
    inFlight.set(key, rendering);
  }
  return rendering;
}

type DeckFailure = Extract<DeckResult, { ok: false }>;

function problem(reason: DeckProblem["reason"], message: string): DeckFailure {
  return { ok: false, problem: { reason, message } };
}

function tooManyPages(name: string, pageCount: number, maxPages: number): DeckFailure {
  return problem(
    "too-many-pages",
    `"${name}" has ${pageCount} pages, more than the ${maxPages} a deck may have: export only the talk's slides (leave out handouts and appendices), or link it as an http(s) URL`,
  );
}

/** The deck as kept in `deckDirectory`, if its manifest is valid, is for this PDF and this renderer, and all its files are there. */
async function readManifest(deckDirectory: string, hash: string): Promise<Deck | undefined> {
  let text: string;
  try {
    text = await fs.readFile(path.join(deckDirectory, MANIFEST_FILE), "utf8");
  } catch {
    return undefined;
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return undefined;
  }
  const parsed = manifestSchema.safeParse(json);
  if (!parsed.success) return undefined;
  const { deck } = parsed.data;
  if (deck.hash !== hash || deck.slides.length !== deck.pageCount) return undefined;
  // Widths checked too: a change to SLIDE_WIDTHS without a new RENDERER_VERSION still renders again.
  const widthsMatch = (slide: Slide) => slide.images.every((image, index) => image.width === SLIDE_WIDTHS[index]);
  if (deck.slides.some((slide, index) => slide.number !== index + 1 || !widthsMatch(slide))) return undefined;
  const files = deck.slides.flatMap((slide) => slide.images.flatMap((image) => [image.webp, image.jpeg]));
  const present = await Promise.all(
    files.map((file) =>
      fs.stat(path.join(deckDirectory, file)).then(
        (stats) => stats.isFile() && stats.size > 0,
        () => false,
      ),
    ),
  );
  return present.every(Boolean) ? deck : undefined;
}

async function renderDeck(
  bytes: Buffer,
  hash: string,
  options: { name: string; maxPages: number; cacheDirectory: string },
): Promise<DeckResult> {
  const { pdfjs, canvas } = await loadLibraries();
  const { name } = options;
  const opened = await openDocument(pdfjs, bytes, name);
  if (!opened.ok) return opened;
  const { document } = opened;

  let temporary: string | undefined;
  try {
    const pageCount = document.numPages;
    if (pageCount === 0) return problem("empty", `"${name}" has no pages: export the deck again as PDF, or link it as an http(s) URL`);
    if (pageCount > options.maxPages) return tooManyPages(name, pageCount, options.maxPages);

    await fs.mkdir(options.cacheDirectory, { recursive: true });
    await removeAbandoned(options.cacheDirectory, hash);
    temporary = await fs.mkdtemp(path.join(options.cacheDirectory, `${hash}.tmp-`));

    const pages = await renderPages(document, canvas, name, temporary);
    if (!pages.ok) return pages;

    const deck: Deck = { hash, pageCount, aspect: pages.aspect, slides: pages.slides };
    await fs.writeFile(path.join(temporary, MANIFEST_FILE), JSON.stringify({ rendererVersion: RENDERER_VERSION, deck }));
    const published = await publish(temporary, path.join(options.cacheDirectory, hash), hash);
    temporary = undefined;
    return { ok: true, deck: published ?? deck, rendered: pageCount };
  } finally {
    if (temporary) await fs.rm(temporary, { recursive: true, force: true });
    await document.destroy();
  }
}

/** The PDF opened by pdf.js from local files only; an encrypted or unreadable one is a problem for its author. */
async function openDocument(
  pdfjs: PdfJs,
  bytes: Buffer,
  name: string,
): Promise<{ ok: true; document: PdfDocument } | DeckFailure> {
  const loadingTask = pdfjs.getDocument({
    // A copy: pdf.js takes ownership of the array it is given.
    data: new Uint8Array(bytes),
    // Only local files, so that nothing is fetched and rendering is the same on every machine.
    standardFontDataUrl: path.join(PDFJS_DIRECTORY, "standard_fonts") + path.sep,
    cMapUrl: path.join(PDFJS_DIRECTORY, "cmaps") + path.sep,
    iccUrl: path.join(PDFJS_DIRECTORY, "iccs") + path.sep,
    wasmUrl: path.join(PDFJS_DIRECTORY, "wasm") + path.sep,
    useSystemFonts: false,
    disableFontFace: true,
    isEvalSupported: false,
    enableXfa: false,
    maxImageSize: MAX_IMAGE_PIXELS,
    // Damaged but readable decks would print warnings for every recovered error.
    verbosity: pdfjs.VerbosityLevel.ERRORS,
  });
  try {
    return { ok: true, document: await loadingTask.promise };
  } catch (error) {
    await loadingTask.destroy().catch(() => {});
    if (error instanceof Error && error.name === "PasswordException") {
      return problem(
        "encrypted",
        `"${name}" needs a password to open, so its slides cannot be shown: export it again without a password (one that only restricts editing or printing is fine), or link it as an http(s) URL`,
      );
    }
    return problem("unreadable", `"${name}" cannot be read as a PDF (${describeError(error)}): export the deck again as PDF, or link it as an http(s) URL`);
  }
}

/** Every page drawn and its images written into `directory`, with its text; a page that fails is a problem naming it. */
async function renderPages(
  document: PdfDocument,
  canvas: CanvasModule,
  name: string,
  directory: string,
): Promise<{ ok: true; slides: Slide[]; aspect: Deck["aspect"] } | DeckFailure> {
  const slides: Slide[] = [];
  let aspect: Deck["aspect"] | undefined;
  // Encoding and writing run on libuv's threads: the next page is drawn meanwhile, and at
  // most one page waits for them, so that memory stays at two pages' canvases.
  let previous: Promise<Slide> | undefined;
  for (let number = 1; number <= document.numPages; number += 1) {
    let page: PdfPage;
    let drawn: Awaited<ReturnType<typeof drawPage>>;
    try {
      page = await document.getPage(number);
      drawn = await drawPage(page, canvas);
    } catch (error) {
      await previous?.catch(() => {});
      return problem(
        "unreadable",
        `"${name}" cannot be read as a PDF: page ${number} fails (${describeError(error)}): export the deck again as PDF, or link it as an http(s) URL`,
      );
    }
    aspect ??= drawn.size;
    const { text } = drawn;
    const slide = writeImages(drawn.canvases, number, directory).then((images): Slide => ({ number, text, images }));
    // Handled at once, so that a failure while the next page is drawn is not an unhandled
    // rejection; awaiting it below still throws.
    slide.catch(() => {});
    if (previous) slides.push(await previous);
    previous = slide;
    page.cleanup();
  }
  if (previous) slides.push(await previous);
  if (!aspect) throw new Error("a deck with pages gave no page size");
  return { ok: true, slides, aspect };
}

/** One page drawn at the largest width and scaled down for each smaller one, with its text. */
async function drawPage(page: PdfPage, canvasModule: CanvasModule) {
  const natural = page.getViewport({ scale: 1 });
  const largest = SLIDE_WIDTHS[SLIDE_WIDTHS.length - 1]!;
  const viewport = page.getViewport({ scale: largest / natural.width });
  const heightFor = (width: number) => Math.max(1, Math.round((width * natural.height) / natural.width));

  const full = canvasModule.createCanvas(largest, heightFor(largest));
  const target: unknown = full;
  if (!isCanvasElement(target)) throw new Error("@napi-rs/canvas gave no canvas pdf.js can draw on");
  // The white is what a PDF viewer shows behind a page, and JPEG has no transparency.
  await page.render({ canvas: target, viewport, background: "#ffffff" }).promise;

  const canvases = new Map<number, Canvas>([[largest, full]]);
  for (const width of SLIDE_WIDTHS) {
    if (width === largest) continue;
    const scaled = canvasModule.createCanvas(width, heightFor(width));
    const context = scaled.getContext("2d");
    context.fillStyle = "#ffffff";
    context.fillRect(0, 0, scaled.width, scaled.height);
    context.imageSmoothingEnabled = true;
    context.imageSmoothingQuality = "high";
    context.drawImage(full, 0, 0, scaled.width, scaled.height);
    canvases.set(width, scaled);
  }

  const content = await page.getTextContent();
  const text = slideText(content.items);
  return { canvases, text, size: { width: natural.width, height: natural.height } };
}

/**
 * pdf.js draws on anything with a canvas's getContext and size, which @napi-rs/canvas
 * provides; its types only know the DOM's canvas.
 */
function isCanvasElement(value: unknown): value is HTMLCanvasElement {
  return (
    typeof value === "object" &&
    value !== null &&
    "getContext" in value &&
    typeof value.getContext === "function" &&
    "width" in value &&
    typeof value.width === "number" &&
    "height" in value &&
    typeof value.height === "number"
  );
}

async function writeImages(canvases: ReadonlyMap<number, Canvas>, number: number, directory: string): Promise<SlideImage[]> {
  const stem = String(number).padStart(3, "0");
  return Promise.all(
    SLIDE_WIDTHS.map(async (width) => {
      const canvas = canvases.get(width);
      if (!canvas) throw new Error(`no canvas for width ${width}`);
      const webp = `${stem}-${width}.webp`;
      const jpeg = `${stem}-${width}.jpg`;
      const [webpBytes, jpegBytes] = await Promise.all([canvas.encode("webp", WEBP_QUALITY), canvas.encode("jpeg", JPEG_QUALITY)]);
      await Promise.all([fs.writeFile(path.join(directory, webp), webpBytes), fs.writeFile(path.join(directory, jpeg), jpegBytes)]);
      return { width, height: canvas.height, webp, jpeg };
    }),
  );
}

type TextItems = Awaited<ReturnType<PdfPage["getTextContent"]>>["items"];

/**
 * A page's text as a reader would copy it: pdf.js marks where a line ends (hasEOL); within
 * a line, runs of whitespace become one space, and blank lines go.
 */
export function slideText(items: TextItems): string {
  let raw = "";
  for (const item of items) {
    if (!("str" in item)) continue;
    raw += item.str;
    if (item.hasEOL) raw += "\n";
  }
  return raw
    .split(/\r\n|[\n\r\u2028\u2029]/)
    .map((line) =>
      line
        // Soft hyphens and control characters come from fonts' encodings, not from the slide.
        .replace(/[\u00ad\p{Cc}]/gu, " ")
        .replace(/\s+/g, " ")
        .trim(),
    )
    .filter((line) => line !== "")
    .join("\n");
}

/**
 * Moves the rendered folder into place. Two build workers may render the same deck at once:
 * the one that comes second finds a valid deck there and discards its own copy. A folder
 * that is there but not valid (an older renderer's, or damaged) is moved aside first.
 */
async function publish(temporary: string, final: string, hash: string): Promise<Deck | undefined> {
  for (let attempt = 0; attempt < 3; attempt += 1) {
    try {
      await fs.rename(temporary, final);
      return undefined;
    } catch (error) {
      if (!hasCode(error, "ENOTEMPTY", "EEXIST", "EPERM")) throw error;
    }
    const existing = await readManifest(final, hash);
    if (existing) {
      await fs.rm(temporary, { recursive: true, force: true });
      return existing;
    }
    const aside = `${final}.stale-${process.pid}-${randomUUID()}`;
    try {
      await fs.rename(final, aside);
    } catch (error) {
      if (!hasCode(error, "ENOENT")) throw error;
    }
    await fs.rm(aside, { recursive: true, force: true });
  }
  throw new Error(`cannot move the rendered deck into ${final}: another process keeps replacing it`);
}

/** Removes what a killed build left mid-render for this deck (older than any rendering can take). */
async function removeAbandoned(cacheDirectory: string, hash: string): Promise<void> {
  const cutoff = Date.now() - 60 * 60 * 1000;
  const entries = await fs.readdir(cacheDirectory);
  await Promise.all(
    entries
      .filter((entry) => entry.startsWith(`${hash}.tmp-`) || entry.startsWith(`${hash}.stale-`))
      .map(async (entry) => {
        const full = path.join(cacheDirectory, entry);
        const stats = await fs.stat(full).catch(() => undefined);
        if (stats && stats.mtimeMs < cutoff) await fs.rm(full, { recursive: true, force: true });
      }),
  );
}

function displayName(pdfFile: string): string {
  const absolute = path.resolve(pdfFile);
  const underPublic = path.relative(PUBLIC_DIRECTORY, absolute);
  if (!underPublic.startsWith("..") && !path.isAbsolute(underPublic)) return `/${underPublic.split(path.sep).join("/")}`;
  return projectPath(absolute);
}

function hasCode(error: unknown, ...codes: string[]): boolean {
  return typeof error === "object" && error !== null && "code" in error && typeof error.code === "string" && codes.includes(error.code);
}

/** The error's own words, without a stack: "Invalid PDF structure". */
function describeError(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  return message.replace(/\.$/, "").split("\n")[0] ?? message;
}

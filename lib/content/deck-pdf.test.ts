import { spawnSync } from "node:child_process";
import { createHash } from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";

import { createCanvas, loadImage } from "@napi-rs/canvas";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

import { deckImagePath, loadDeck, MAX_DECK_BYTES, RENDERER_VERSION, slideText, SLIDE_WIDTHS, type Deck } from "./deck-pdf";
import { MAX_PDF_STREAM_BYTES } from "./pdf-streams";
import { inflatingPdf } from "../../testing/fixtures/minimal-pdf";
import { brokenPdf, encryptedPdf, FIXTURE_PAGE, multiPagePdf, ownerPasswordPdf, zeroPagePdf } from "../../testing/fixtures/pdf-fixtures";

const THREE_SLIDES = ["Opening slide", "Second slide\nwith two lines", "Closing thoughts"];
// The colours pdf-fixtures gives the blocks of pages 1-3, as RGB.
const BLOCK_COLOURS = [
  [0xd0, 0x30, 0x30],
  [0x2f, 0x7d, 0x32],
  [0x1f, 0x5f, 0xbf],
];

let work: string;
let cacheDirectory: string;
let threeSlides: string;

beforeAll(async () => {
  work = fs.mkdtempSync(path.join(os.tmpdir(), "decks-test-"));
  cacheDirectory = path.join(work, "cache");
  threeSlides = path.join(work, "three.pdf");
  fs.writeFileSync(threeSlides, await multiPagePdf(THREE_SLIDES));
});

afterAll(() => {
  fs.rmSync(work, { recursive: true, force: true });
});

async function writeDeck(name: string, bytes: Buffer | Promise<Buffer>): Promise<string> {
  const file = path.join(work, name);
  fs.writeFileSync(file, await bytes);
  return file;
}

async function load(file: string, options: Partial<Parameters<typeof loadDeck>[1]> = {}) {
  return loadDeck(file, { cacheDirectory, ...options });
}

async function loadOk(file: string, options: Partial<Parameters<typeof loadDeck>[1]> = {}) {
  const result = await load(file, options);
  if (!result.ok) throw new Error(`expected a deck, got ${result.problem.reason}: ${result.problem.message}`);
  return result;
}

function sha256(file: string): string {
  return createHash("sha256").update(fs.readFileSync(file)).digest("hex");
}

/** The image's own size and its pixels, decoded from the file as a browser would. */
async function decode(file: string) {
  const image = await loadImage(fs.readFileSync(file));
  const canvas = createCanvas(image.width, image.height);
  const context = canvas.getContext("2d");
  context.drawImage(image, 0, 0);
  const { data } = context.getImageData(0, 0, image.width, image.height);
  const at = (x: number, y: number) => {
    const offset = (Math.round(y) * image.width + Math.round(x)) * 4;
    return [data[offset] ?? -1, data[offset + 1] ?? -1, data[offset + 2] ?? -1];
  };
  let dark = 0;
  for (let offset = 0; offset < data.length; offset += 4) if ((data[offset] ?? 255) < 80 && (data[offset + 2] ?? 255) < 120) dark += 1;
  return { width: image.width, height: image.height, at, darkShare: dark / (image.width * image.height) };
}

function expectColour(actual: number[], expected: readonly number[], tolerance: number) {
  actual.forEach((channel, index) => expect(Math.abs(channel - (expected[index] ?? 0)), `${actual} vs ${expected}`).toBeLessThanOrEqual(tolerance));
}

function files(directory: string): string[] {
  return fs.existsSync(directory) ? fs.readdirSync(directory).sort() : [];
}

describe("loadDeck", () => {
  it("turns each page into a slide with its text, in order", async () => {
    const { deck, rendered } = await loadOk(threeSlides);
    expect(rendered).toBe(3);
    expect(deck.pageCount).toBe(3);
    expect(deck.slides.map((slide) => slide.number)).toEqual([1, 2, 3]);
    expect(deck.slides.map((slide) => slide.text)).toEqual(["Opening slide", "Second slide\nwith two lines", "Closing thoughts"]);
    expect(deck.aspect).toEqual({ width: FIXTURE_PAGE.width, height: FIXTURE_PAGE.height });
  });

  it("keys the deck by the sha256 of the PDF's bytes", async () => {
    const { deck } = await loadOk(threeSlides);
    expect(deck.hash).toBe(sha256(threeSlides));
    expect(fs.existsSync(path.join(cacheDirectory, deck.hash, "manifest.json"))).toBe(true);
  });

  it("gives each slide WebP and JPEG images at both widths, of the page's aspect, showing the page", async () => {
    const { deck } = await loadOk(threeSlides);
    for (const slide of deck.slides) {
      expect(slide.images.map((image) => image.width)).toEqual([...SLIDE_WIDTHS]);
      for (const image of slide.images) {
        expect(image.height).toBe(Math.round((image.width * FIXTURE_PAGE.height) / FIXTURE_PAGE.width));
        const webp = fs.readFileSync(deckImagePath(deck, image.webp, cacheDirectory));
        const jpeg = fs.readFileSync(deckImagePath(deck, image.jpeg, cacheDirectory));
        expect(webp.subarray(0, 4).toString("latin1")).toBe("RIFF");
        expect(webp.subarray(8, 12).toString("latin1")).toBe("WEBP");
        expect([...jpeg.subarray(0, 3)]).toEqual([0xff, 0xd8, 0xff]);

        for (const file of [image.webp, image.jpeg]) {
          const decoded = await decode(deckImagePath(deck, file, cacheDirectory));
          expect({ width: decoded.width, height: decoded.height }).toEqual({ width: image.width, height: image.height });
          const scale = image.width / FIXTURE_PAGE.width;
          // The middle of this page's coloured block, and blank page to its right.
          expectColour(decoded.at(220 * scale, 410 * scale), BLOCK_COLOURS[slide.number - 1] ?? [], 24);
          expectColour(decoded.at(800 * scale, 450 * scale), [255, 255, 255], 8);
          // The title's dark letters: a few percent of the page, not nothing.
          expect(decoded.darkShare).toBeGreaterThan(0.005);
        }
      }
    }
  });

  it("renders nothing the second time, in this process or a fresh one", async () => {
    const first = await loadOk(threeSlides);
    const second = await loadOk(threeSlides);
    expect(second.rendered).toBe(0);
    expect(second.deck).toEqual(first.deck);

    // A fresh Node process, as the next build is: only the files in the cache carry over.
    // It also shows that loading a deck prints nothing.
    const script = path.join(work, "fresh.mts");
    fs.writeFileSync(
      script,
      `import { loadDeck } from ${JSON.stringify(path.resolve("lib/content/deck-pdf.ts"))};\n` +
        `const result = await loadDeck(${JSON.stringify(threeSlides)}, { cacheDirectory: ${JSON.stringify(cacheDirectory)} });\n` +
        `process.stdout.write(JSON.stringify(result));\n`,
    );
    const child = spawnSync(process.execPath, ["--import", "tsx", script], { encoding: "utf8", cwd: process.cwd() });
    expect(child.stderr).toBe("");
    expect(child.status).toBe(0);
    expect(JSON.parse(child.stdout)).toEqual({ ok: true, deck: first.deck, rendered: 0 });
  }, 30_000);

  it("renders a changed PDF under its new hash, and leaves the old deck alone", async () => {
    const file = await writeDeck("changing.pdf", multiPagePdf(["Version one", "Slide two"]));
    const before = await loadOk(file);
    fs.writeFileSync(file, await multiPagePdf(["Version two", "Slide two", "A new slide"]));
    const after = await loadOk(file);
    expect(after.rendered).toBe(3);
    expect(after.deck.hash).toBe(sha256(file));
    expect(after.deck.hash).not.toBe(before.deck.hash);
    expect(after.deck.slides.map((slide) => slide.text)).toEqual(["Version two", "Slide two", "A new slide"]);
    expect(fs.existsSync(path.join(cacheDirectory, before.deck.hash, "manifest.json"))).toBe(true);
  });

  describe("renders again when the cached deck is not usable", () => {
    const damages: [string, (deckDirectory: string, deck: Deck) => void][] = [
      ["a manifest cut short", (directory) => fs.writeFileSync(path.join(directory, "manifest.json"), '{"rendererVersion":')],
      ["a manifest of another shape", (directory) => fs.writeFileSync(path.join(directory, "manifest.json"), JSON.stringify({ rendererVersion: RENDERER_VERSION, deck: { slides: [] } }))],
      [
        "a manifest from another renderer version",
        (directory, deck) => fs.writeFileSync(path.join(directory, "manifest.json"), JSON.stringify({ rendererVersion: RENDERER_VERSION - 1, deck })),
      ],
      [
        "a manifest naming a file outside the deck",
        (directory, deck) => {
          const image = deck.slides[0]!.images[0]!;
          const slides = [{ ...deck.slides[0]!, images: [{ ...image, webp: "../three.pdf" }, deck.slides[0]!.images[1]!] }, ...deck.slides.slice(1)];
          fs.writeFileSync(path.join(directory, "manifest.json"), JSON.stringify({ rendererVersion: RENDERER_VERSION, deck: { ...deck, slides } }));
        },
      ],
      [
        "a manifest with other widths",
        (directory, deck) => {
          const slides = deck.slides.map((slide) => ({ ...slide, images: slide.images.map((image) => ({ ...image, width: image.width * 2 })) }));
          fs.writeFileSync(path.join(directory, "manifest.json"), JSON.stringify({ rendererVersion: RENDERER_VERSION, deck: { ...deck, slides } }));
        },
      ],
      ["a missing image", (directory, deck) => fs.rmSync(path.join(directory, deck.slides[2]!.images[1]!.jpeg))],
      ["an empty image", (directory, deck) => fs.writeFileSync(path.join(directory, deck.slides[1]!.images[0]!.webp), "")],
    ];
    it.each(damages)("%s", async (damageName, damage) => {
      // A deck of its own, so that each case starts from a cache that only it has touched.
      const file = await writeDeck("damaged.pdf", multiPagePdf([`Damaged cache: ${damageName}`, "Two", "Three"]));
      const first = await loadOk(file);
      damage(path.join(cacheDirectory, first.deck.hash), first.deck);
      const again = await loadOk(file);
      expect(again.rendered).toBe(3);
      expect(again.deck).toEqual(first.deck);
      expect((await loadOk(file)).rendered).toBe(0);
      expect(files(cacheDirectory).filter((entry) => entry.includes(".tmp-") || entry.includes(".stale-"))).toEqual([]);
    });
  });

  it("keeps one copy when two renderings of the same deck finish at once", async () => {
    const file = await writeDeck("raced.pdf", multiPagePdf(["Raced", "Twice"]));
    // Different names make two renderings, as two build workers would.
    const [a, b] = await Promise.all([loadOk(file, { name: "/a.pdf" }), loadOk(file, { name: "/b.pdf" })]);
    expect(a.deck).toEqual(b.deck);
    expect(a.rendered + b.rendered).toBe(4);
    expect(files(cacheDirectory).filter((entry) => entry.startsWith(a.deck.hash))).toEqual([a.deck.hash]);
    expect(files(path.join(cacheDirectory, a.deck.hash))).toHaveLength(1 + 2 * 2 * SLIDE_WIDTHS.length);
  });

  it("renders a deck once for callers in one process that ask at the same time", async () => {
    const file = await writeDeck("shared.pdf", multiPagePdf(["Shared"]));
    const [a, b] = await Promise.all([loadOk(file), loadOk(file)]);
    // One rendering gives one result, the same object for both.
    expect(a).toBe(b);
    expect(a.rendered).toBe(1);
  });

  it("opens a PDF with only an owner password, as every reader does", async () => {
    const { deck } = await loadOk(await writeDeck("owner.pdf", ownerPasswordPdf()));
    expect(deck.slides.map((slide) => slide.text)).toEqual(["Owner password only"]);
  });
});

describe("loadDeck's problems", () => {
  async function problemOf(file: string, options: Partial<Parameters<typeof loadDeck>[1]> = {}) {
    const result = await load(file, options);
    if (result.ok) throw new Error("expected a problem, got a deck");
    expect(result.problem.message).not.toMatch(/\n|\bat .+:\d+:\d+/);
    return result.problem;
  }

  it("names a deck under public/ by its site path", async () => {
    const problem = await problemOf(path.join(process.cwd(), "public", "slides", "no-such-deck.pdf"));
    expect(problem).toEqual({
      reason: "unreadable",
      message: '"/slides/no-such-deck.pdf" does not exist: put the PDF there, or link the deck as an http(s) URL',
    });
  });

  it("refuses a file that is not a whole PDF", async () => {
    const problem = await problemOf(await writeDeck("broken.pdf", brokenPdf()), { name: "/slides/broken.pdf" });
    expect(problem).toEqual({
      reason: "unreadable",
      message: '"/slides/broken.pdf" cannot be read as a PDF (Invalid PDF structure): export the deck again as PDF, or link it as an http(s) URL',
    });
    expect(files(cacheDirectory).filter((entry) => entry.startsWith(sha256(path.join(work, "broken.pdf"))))).toEqual([]);
  });

  it("refuses a PDF that needs a password to open", async () => {
    const problem = await problemOf(await writeDeck("encrypted.pdf", encryptedPdf()), { name: "/slides/encrypted.pdf" });
    expect(problem).toEqual({
      reason: "encrypted",
      message:
        '"/slides/encrypted.pdf" needs a password to open, so its slides cannot be shown: export it again without a password (one that only restricts editing or printing is fine), or link it as an http(s) URL',
    });
  });

  it("refuses a PDF with no pages, and an empty file", async () => {
    expect(await problemOf(await writeDeck("zero.pdf", zeroPagePdf()), { name: "/slides/zero.pdf" })).toEqual({
      reason: "empty",
      message: '"/slides/zero.pdf" has no pages: export the deck again as PDF, or link it as an http(s) URL',
    });
    expect(await problemOf(await writeDeck("nothing.pdf", Buffer.alloc(0)), { name: "/slides/nothing.pdf" })).toEqual({
      reason: "empty",
      message: '"/slides/nothing.pdf" is an empty file (0 bytes): export the deck again as PDF, or link it as an http(s) URL',
    });
  });

  it("refuses a file over the size limit without reading it", async () => {
    // Sparse: one byte over the real limit costs no disk, and zeros are no PDF, so only the size check can pass it.
    const huge = path.join(work, "huge.pdf");
    fs.closeSync(fs.openSync(huge, "w"));
    fs.truncateSync(huge, MAX_DECK_BYTES + 1);
    expect(await problemOf(huge, { name: "/slides/huge.pdf" })).toEqual({
      reason: "too-large",
      message:
        '"/slides/huge.pdf" is 50 MB, more than the 50 MB a deck may be: export it again with its images compressed (most apps have a "reduce file size" option), or link it as an http(s) URL',
    });
    const small = await problemOf(threeSlides, { name: "/slides/three.pdf", maxBytes: 1024 });
    expect(small.reason).toBe("too-large");
    expect(small.message).toMatch(/^"\/slides\/three\.pdf" is \d+ KB, more than the 1 KB a deck may be: /);
  });

  it("refuses a deck with more pages than the limit", async () => {
    expect(await problemOf(threeSlides, { name: "/slides/three.pdf", maxPages: 2 })).toEqual({
      reason: "too-many-pages",
      message:
        '"/slides/three.pdf" has 3 pages, more than the 2 a deck may have: export only the talk\'s slides (leave out handouts and appendices), or link it as an http(s) URL',
    });
  });
});

describe("slideText", () => {
  const item = (str: string, hasEOL = false) => ({ str, hasEOL, dir: "ltr", width: 1, height: 1, transform: [1, 0, 0, 1, 0, 0], fontName: "f" });

  it("ends lines where pdf.js says, and collapses whitespace within them", () => {
    expect(
      slideText([
        item("  Hello"),
        item("   "),
        item("world", true),
        item("", true),
        { type: "beginMarkedContent", id: "" },
        item("next\tline\u00a0 here "),
        item("", true),
        item("last"),
      ]),
    ).toBe("Hello world\nnext line here\nlast");
  });
});

describe("deckImagePath", () => {
  it("only gives paths of the renderer's own file names", () => {
    const deck: Deck = { hash: "a".repeat(64), pageCount: 1, aspect: { width: 1, height: 1 }, slides: [] };
    expect(deckImagePath(deck, "001-640.webp", "/cache")).toBe(path.join("/cache", "a".repeat(64), "001-640.webp"));
    expect(() => deckImagePath(deck, "../manifest.json", "/cache")).toThrow();
  });
});

describe("cost", () => {
  it("prints what a 40-slide deck costs cold and warm", async () => {
    const texts = Array.from({ length: 40 }, (_, index) => `Slide ${index + 1}\nA line of body text for slide ${index + 1}`);
    const file = await writeDeck("forty.pdf", multiPagePdf(texts));
    const costDirectory = path.join(work, "cost-cache");
    // pdf.js and the canvas are loaded by the tests above; a build pays that once too (~0.2 s).
    const coldStart = performance.now();
    const cold = await loadOk(file, { cacheDirectory: costDirectory });
    const coldMs = performance.now() - coldStart;
    const warmStart = performance.now();
    const warm = await loadOk(file, { cacheDirectory: costDirectory });
    const warmMs = performance.now() - warmStart;
    expect(cold.rendered).toBe(40);
    expect(warm.rendered).toBe(0);

    const sizes: Record<string, number> = {};
    for (const slide of cold.deck.slides) {
      for (const image of slide.images) {
        for (const [format, name] of [["webp", image.webp], ["jpeg", image.jpeg]] as const) {
          const key = `${image.width} ${format}`;
          sizes[key] = (sizes[key] ?? 0) + fs.statSync(deckImagePath(cold.deck, name, costDirectory)).size;
        }
      }
    }
    const perSlide = Object.entries(sizes).map(([key, total]) => `${key} ${(total / 40 / 1024).toFixed(1)} KB`);
    console.log(
      `decks: 40 slides cold ${(coldMs / 1000).toFixed(2)} s (${(coldMs / 40).toFixed(0)} ms a slide), warm ${warmMs.toFixed(1)} ms; ` +
        `bytes a slide: ${perSlide.join(", ")}`,
    );
  }, 120_000);
});

describe("a deck that inflates", () => {
  it("refuses a small PDF whose page inflates to 256 MiB, before pdf.js reads it", async () => {
    const bomb = await writeDeck("bomb.pdf", inflatingPdf(256 * 1024 * 1024));
    expect(fs.statSync(bomb).size).toBeLessThan(400 * 1024);
    const started = performance.now();
    const result = await load(bomb, { name: "/slides/bomb.pdf" });
    const elapsed = performance.now() - started;
    expect(result).toEqual({
      ok: false,
      problem: {
        reason: "too-large",
        message: `"/slides/bomb.pdf": object 4 of the PDF, a drawing (a page's content, a font or a form), inflates to more than the ${MAX_PDF_STREAM_BYTES / (1024 * 1024)} MB one drawing may (a small file can expand to gigabytes): export the deck again from its app, or link it as an http(s) URL`,
      },
    });
    console.log(`a 256 MiB bomb (${Math.round(fs.statSync(bomb).size / 1024)} KB on disk) refused in ${Math.round(elapsed)} ms`);
  }, 60_000);

  it("renders the largest drawing a page may have, and prints its time and memory", async () => {
    const largest = await writeDeck("largest.pdf", inflatingPdf(MAX_PDF_STREAM_BYTES - 1024));
    const before = process.memoryUsage().rss;
    const started = performance.now();
    const result = await loadOk(largest);
    const elapsed = performance.now() - started;
    expect(result.deck.pageCount).toBe(1);
    console.log(
      `a page drawing of ${MAX_PDF_STREAM_BYTES / (1024 * 1024)} MiB inflated rendered in ${Math.round(elapsed)} ms, resident memory +${Math.round((process.memoryUsage().rss - before) / (1024 * 1024))} MB`,
    );
  }, 180_000);
});

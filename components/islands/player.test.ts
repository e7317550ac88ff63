// @vitest-environment happy-dom
// @vitest-environment-options {"settings": {"disableJavaScriptFileLoading": true, "handleDisabledFileLoadingAsSuccess": true}}
import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { afterEach, beforeEach, describe, expect, it, vi, type MockInstance } from "vitest";

import { DeckViewer, RecordingPlayer } from "@/components/talk/embed-frames";
import { parseDeck, parseYouTubeUrl } from "@/lib/content/embeds";

import "./player";

const video = "https://www.youtube.com/watch?v=6Nx2BFyr7qQ&t=90";
const slides = "https://docs.google.com/presentation/d/1VNx98laKlhRFfzY9o23N5OHpBBJnuYAmZf5l7Mr-CE0/edit";

/** The page as the server renders it: a player per event and a deck, with the facade's real markup. */
function renderPage(): void {
  const embed = parseYouTubeUrl(video)!;
  const markup = renderToStaticMarkup(
    createElement(
      "main",
      null,
      createElement(RecordingPlayer, { embed, href: video, title: "Profiling in Production", event: "GopherCon 2021" }),
      createElement(RecordingPlayer, { embed, href: video, title: "Profiling in Production", event: "Meetup 2020" }),
      createElement(DeckViewer, { embed: parseDeck(slides)!, href: slides, title: "Profiling in Production" }),
      createElement(DeckViewer, {
        embed: parseDeck("/slides/profiling.pdf")!,
        href: "/slides/profiling.pdf",
        title: "The PDF",
      }),
    ),
  );
  // The test's own fixture; the island itself never parses HTML.
  document.body.innerHTML = markup;
}

const button = (name: string) => document.querySelector<HTMLButtonElement>(`button[aria-label="${name}"]`)!;

/** What a press is: a click, which a button also gets from Enter and Space. */
function press(target: Element): void {
  target.dispatchEvent(new MouseEvent("click", { bubbles: true, cancelable: true }));
}

describe("the player island", () => {
  let consoleError: MockInstance<typeof console.error>;
  beforeEach(() => {
    renderPage();
    consoleError = vi.spyOn(console, "error").mockImplementation(() => {});
  });
  afterEach(() => {
    // happy-dom loads no frame and says so for each one; anything else it reports is a failure.
    const messages = consoleError.mock.calls.map(([error]) => String(error));
    consoleError.mockRestore();
    expect(
      messages.filter((message) => !/Failed to load iframe page .*Iframe page loading is disabled/.test(message)),
    ).toEqual([]);
  });

  it("replaces the pressed poster with YouTube's player, with the attributes the React facade set, and focuses it", () => {
    const poster = button("Play the recording of Profiling in Production at GopherCon 2021");
    const box = poster.parentElement!;
    const fill =
      "absolute inset-0 size-full focus-visible:outline-3 focus-visible:-outline-offset-6 focus-visible:outline-white";
    expect(poster.className).toBe(`${fill} cursor-pointer`);

    // A press on the poster's text inside the button counts as a press on the button.
    press(poster.querySelector("span span")!);

    const frames = box.querySelectorAll("iframe");
    expect(frames).toHaveLength(1);
    const frame = frames[0]!;
    expect(Object.fromEntries([...frame.attributes].map((attribute) => [attribute.name, attribute.value]))).toEqual({
      src: "https://www.youtube-nocookie.com/embed/6Nx2BFyr7qQ?autoplay=1&start=90",
      title: "Recording of Profiling in Production at GopherCon 2021 (YouTube)",
      sandbox: "allow-scripts allow-same-origin allow-presentation allow-popups allow-popups-to-escape-sandbox",
      allow: "autoplay; encrypted-media; picture-in-picture; fullscreen",
      referrerpolicy: "strict-origin-when-cross-origin",
      loading: "eager",
      class: `${fill} border-0`,
    });
    // The frame is all the 16:9 box holds: the button and the <noscript> link are gone.
    expect([...box.children].map((child) => child.localName)).toEqual(["iframe"]);
    expect(document.activeElement).toBe(frame);
  });

  it("leaves the other posters waiting", () => {
    press(button("Play the recording of Profiling in Production at Meetup 2020"));
    expect(document.querySelectorAll("iframe")).toHaveLength(1);
    expect(document.querySelectorAll("button")).toHaveLength(3);
    expect(button("Play the recording of Profiling in Production at GopherCon 2021")).not.toBeNull();
  });

  it("shows a Google Slides deck in its embed view, and a PDF of the site's own without a sandbox", () => {
    press(button("Show the slides of Profiling in Production"));
    press(button("Show the slides of The PDF"));
    const [deck, pdf] = document.querySelectorAll("iframe");
    expect(deck!.getAttribute("src")).toBe(
      "https://docs.google.com/presentation/d/1VNx98laKlhRFfzY9o23N5OHpBBJnuYAmZf5l7Mr-CE0/embed?start=false&loop=false&delayms=3000",
    );
    expect(deck!.getAttribute("title")).toBe("Slides of Profiling in Production (Google Slides)");
    expect(deck!.getAttribute("sandbox")).toBe(
      "allow-scripts allow-same-origin allow-popups allow-popups-to-escape-sandbox",
    );
    expect(deck!.getAttribute("allow")).toBe("fullscreen");
    expect(pdf!.getAttribute("src")).toBe("/slides/profiling.pdf");
    expect(pdf!.getAttribute("title")).toBe("Slides of The PDF (PDF)");
    expect(pdf!.hasAttribute("sandbox")).toBe(false);
    expect(document.activeElement).toBe(pdf);
  });

  it("ignores presses anywhere else", () => {
    press(document.querySelector("main")!);
    press(document.body);
    expect(document.querySelectorAll("iframe")).toHaveLength(0);
    expect(document.querySelectorAll("button")).toHaveLength(4);
  });
});

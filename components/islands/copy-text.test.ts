// @vitest-environment happy-dom
// @vitest-environment-options {"url": "http://localhost/about", "settings": {"disableJavaScriptFileLoading": true, "handleDisabledFileLoadingAsSuccess": true}}
import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { afterEach, beforeEach, describe, expect, it, vi, type MockInstance } from "vitest";

import {
  COPIED_FOR_MS,
  COPY_BUTTON_SELECTOR,
  COPY_STATUS_SELECTOR,
  copiedMessage,
  copiedText,
  copyHint,
  normaliseCopiedText,
  showCopyButtons,
} from "./copy-text";

const oneLine = "Kemal Akkoyun is a software engineer who works on observability and profiling.";
const short = "Kemal Akkoyun is a software engineer at Polar Signals. He maintains Prometheus and Parca.";

/** A bio as /about renders it: its text, and the button, hidden until the island shows it. */
function bio(id: string, label: string, name: string, ...text: ReturnType<typeof createElement>[]) {
  return createElement(
    "section",
    null,
    createElement("h2", null, label),
    createElement("div", { id }, ...text),
    createElement("button", { type: "button", "data-copy-target": id, "data-copy-label": label, hidden: true }, name),
  );
}

/** /about as the server renders it, by the markup contract in copy-text.ts. */
function renderAbout(): void {
  const markup = renderToStaticMarkup(
    createElement(
      "main",
      null,
      bio("bio-one-line", "One-line bio", "Copy one-line bio", createElement("p", null, oneLine)),
      bio("bio-short", "Short bio", "Copy short bio", createElement("p", null, short)),
      bio(
        "bio-long",
        "Long bio",
        "Copy long bio",
        createElement("p", null, "Kemal Akkoyun is a software engineer.", createElement("br")),
        createElement("p", null, "He speaks at KubeCon and FOSDEM."),
      ),
      // A button whose text the page no longer has.
      createElement(
        "button",
        { type: "button", "data-copy-target": "bio-gone", "data-copy-label": "Press bio", hidden: true },
        "Copy press bio",
      ),
      createElement("p", { "data-copy-status": "", role: "status", className: "sr-only" }),
    ),
  );
  // The test's own fixture; the island itself never parses HTML.
  document.body.innerHTML = markup;
}

const button = (target: string) => document.querySelector<HTMLButtonElement>(`button[data-copy-target="${target}"]`)!;
const status = () => document.querySelector(COPY_STATUS_SELECTOR)!.textContent;
const selected = () => getSelection()!.toString();

/** A click on a button, and the clipboard's answer awaited (fake timers: nothing else runs). */
async function press(target: Element): Promise<void> {
  target.dispatchEvent(new MouseEvent("click", { bubbles: true, cancelable: true }));
  await vi.advanceTimersByTimeAsync(0);
}

describe("the copy-text island", () => {
  let writeText: MockInstance<Clipboard["writeText"]>;
  beforeEach(() => {
    vi.useFakeTimers();
    renderAbout();
    showCopyButtons();
    getSelection()!.removeAllRanges();
    writeText = vi.spyOn(navigator.clipboard, "writeText").mockResolvedValue();
  });
  afterEach(() => {
    vi.restoreAllMocks();
    vi.useRealTimers();
  });

  it("shows the buttons whose text is on the page, and leaves one without it hidden and harmless", async () => {
    renderAbout();
    const all = () => [...document.querySelectorAll<HTMLButtonElement>(COPY_BUTTON_SELECTOR)];
    expect(all().map((each) => each.hidden)).toEqual([true, true, true, true]);
    showCopyButtons();
    expect(
      all()
        .filter((each) => !each.hidden)
        .map((each) => each.textContent),
    ).toEqual(["Copy one-line bio", "Copy short bio", "Copy long bio"]);
    expect(button("bio-gone").hidden).toBe(true);

    // Were it pressed anyway (a script, an extension), it copies nothing and says nothing.
    await press(button("bio-gone"));
    expect(writeText).not.toHaveBeenCalled();
    expect(status()).toBe("");
    expect(button("bio-gone").textContent).toBe("Copy press bio");
  });

  it("copies a bio's text to the clipboard and says so, the button's name unchanged", async () => {
    await press(button("bio-short"));
    expect(writeText).toHaveBeenCalledExactlyOnceWith(short);
    expect(status()).toBe("Short bio copied.");
    expect(button("bio-short").textContent).toBe("Copied");
    // What a screen reader calls the button stays what it was: the live region does the talking.
    expect(button("bio-short").getAttribute("aria-label")).toBe("Copy short bio");
    expect(button("bio-one-line").textContent).toBe("Copy one-line bio");
  });

  it("copies the long bio as laid out, a blank line between paragraphs and no spaces at line ends", async () => {
    // Chrome's innerText for the two <p>s, the first ending in a <br>; happy-dom lays out no page.
    const target = document.getElementById("bio-long")!;
    Object.defineProperty(target, "innerText", {
      value: "Kemal Akkoyun is a software engineer. \n\n\nHe speaks at KubeCon and FOSDEM.\n",
    });
    await press(button("bio-long"));
    expect(writeText).toHaveBeenCalledExactlyOnceWith(
      "Kemal Akkoyun is a software engineer.\n\nHe speaks at KubeCon and FOSDEM.",
    );
    expect(status()).toBe("Long bio copied.");
  });

  it("selects the text and says which keys copy it when the clipboard refuses", async () => {
    writeText.mockRejectedValue(new DOMException("Write permission denied.", "NotAllowedError"));
    await press(button("bio-short"));
    expect(writeText).toHaveBeenCalledOnce();
    expect(selected()).toBe(short);
    expect(getSelection()!.getRangeAt(0).commonAncestorContainer).toBe(document.getElementById("bio-short"));
    expect(status()).toBe("Press Ctrl+C to copy the short bio.");
    // Nothing was copied, so the button does not say it was.
    expect(button("bio-short").textContent).toBe("Copy short bio");
    expect(button("bio-short").hasAttribute("aria-label")).toBe(false);
  });

  it("does the same where there is no Clipboard API, saying ⌘C on Apple's platforms", async () => {
    vi.spyOn(navigator, "clipboard", "get").mockReturnValue(undefined as unknown as Clipboard);
    vi.spyOn(navigator, "platform", "get").mockReturnValue("MacIntel");
    await press(button("bio-one-line"));
    expect(selected()).toBe(oneLine);
    expect(status()).toBe("Press ⌘C to copy the one-line bio.");
    expect(button("bio-one-line").textContent).toBe("Copy one-line bio");
  });

  it("says Copied for two seconds, then what it said before, and empties the live region", async () => {
    await press(button("bio-short"));
    await vi.advanceTimersByTimeAsync(COPIED_FOR_MS - 1);
    expect(button("bio-short").textContent).toBe("Copied");
    await vi.advanceTimersByTimeAsync(1);
    expect(button("bio-short").textContent).toBe("Copy short bio");
    expect(button("bio-short").hasAttribute("aria-label")).toBe(false);
    // Emptied, so that copying the same bio again is announced again.
    expect(status()).toBe("");
    expect(COPIED_FOR_MS).toBe(2000);
  });

  it("starts the two seconds again on a second copy, and keeps another button's announcement", async () => {
    await press(button("bio-short"));
    await vi.advanceTimersByTimeAsync(1500);
    await press(button("bio-short"));
    await vi.advanceTimersByTimeAsync(1000);
    await press(button("bio-one-line"));
    await vi.advanceTimersByTimeAsync(600);
    // 2.6 s after the first copy, 1.6 s after the second: still "Copied", and the name
    // kept through both is the original one, not "Copied".
    expect(button("bio-short").textContent).toBe("Copied");
    expect(button("bio-short").getAttribute("aria-label")).toBe("Copy short bio");
    await vi.advanceTimersByTimeAsync(400);
    expect(button("bio-short").textContent).toBe("Copy short bio");
    // The short bio's while is over, but the region now speaks for the one-line bio.
    expect(status()).toBe("One-line bio copied.");
    await vi.advanceTimersByTimeAsync(1000);
    expect(button("bio-one-line").textContent).toBe("Copy one-line bio");
    expect(status()).toBe("");
  });

  it("ignores clicks anywhere else, the bios' text included", async () => {
    await press(document.getElementById("bio-short")!);
    await press(document.querySelector("h2")!);
    await press(document.body);
    expect(writeText).not.toHaveBeenCalled();
    expect(status()).toBe("");
  });
});

describe("its pieces", () => {
  it("normalises the copied text", () => {
    expect(normaliseCopiedText("\n  One.  \n\n\n\nTwo.\t\nThree.\u00a0\r\n\r\n\r\nFour.\n\n")).toBe(
      "One.\n\nTwo.\nThree.\n\nFour.",
    );
    // Leading space on a line is the text's own; a single blank line is kept.
    expect(normaliseCopiedText("One.\n\n  Two.")).toBe("One.\n\n  Two.");
    expect(normaliseCopiedText(" \n \n ")).toBe("");
  });

  it("copies textContent from an element without innerText", () => {
    const text = document.createElementNS("http://www.w3.org/2000/svg", "text");
    text.textContent = "Kemal Akkoyun   \n\n\n\non profiling ";
    expect("innerText" in text).toBe(false);
    expect(copiedText(text as unknown as HTMLElement)).toBe("Kemal Akkoyun\n\non profiling");
  });

  it("words what it says", () => {
    expect(copiedMessage("Short bio")).toBe("Short bio copied.");
    expect(copyHint("Long bio", false)).toBe("Press Ctrl+C to copy the long bio.");
    expect(copyHint("One-line bio", true)).toBe("Press ⌘C to copy the one-line bio.");
    expect(copyHint("Text", false)).toBe("Press Ctrl+C to copy the text.");
  });
});

import type { ComponentPropsWithoutRef } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it, vi } from "vitest";

import { SmartLink } from "./smart-link";

// next/link and a plain anchor render the same markup on the server; mark next/link's to tell them apart.
vi.mock("next/link", () => ({
  default: ({ prefetch, ...props }: ComponentPropsWithoutRef<"a"> & { prefetch?: boolean }) => (
    <a data-next-link="" data-prefetch={String(prefetch)} {...props} />
  ),
}));

const markup = (href: string) => renderToStaticMarkup(<SmartLink href={href}>label</SmartLink>);

describe("the one link rule", () => {
  it.each(["/talks", "/talks/parca", "/talks/tags/go?page=2", "/#about"])("sends the page %s through next/link", (href) => {
    expect(markup(href)).toBe(`<a data-next-link="" data-prefetch="false" href="${href}">label</a>`);
  });

  it.each(["/slides/parca.pdf", "/slides/PARCA.PDF", "/slides/parca.pdf#page=3", "/feed.xml"])(
    "links the file %s with a plain anchor, which the browser opens itself",
    (href) => {
      expect(markup(href)).toBe(`<a href="${href}">label</a>`);
    },
  );

  it("links other sites with a plain anchor that passes no opener, and anchors as they are", () => {
    expect(markup("https://example.com/deck.pdf")).toBe('<a href="https://example.com/deck.pdf" rel="noopener noreferrer">label</a>');
    expect(markup("//example.com/page")).toBe('<a href="//example.com/page" rel="noopener noreferrer">label</a>');
    expect(markup("#abstract")).toBe('<a href="#abstract">label</a>');
  });
});

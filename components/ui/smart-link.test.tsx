import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";

import { SmartLink } from "./smart-link";

const markup = (href: string) => renderToStaticMarkup(<SmartLink href={href}>label</SmartLink>);

describe("the one link rule", () => {
  it.each([
    "/talks",
    "/talks/parca",
    "/talks/tags/go?page=2",
    "/#about",
    "/slides/parca.pdf",
    "/feed.xml",
    "#abstract",
  ])("links the site's own %s with a plain anchor, no router", (href) => {
    expect(markup(href)).toBe(`<a href="${href}">label</a>`);
  });

  it("links other sites with a plain anchor that passes no opener and no referrer", () => {
    expect(markup("https://example.com/deck.pdf")).toBe(
      '<a href="https://example.com/deck.pdf" rel="noopener noreferrer">label</a>',
    );
    expect(markup("//example.com/page")).toBe('<a href="//example.com/page" rel="noopener noreferrer">label</a>');
  });

  it("keeps the other attributes it is given", () => {
    expect(
      renderToStaticMarkup(
        <SmartLink href="/talks" className="x" aria-current="page">
          label
        </SmartLink>,
      ),
    ).toBe('<a href="/talks" class="x" aria-current="page">label</a>');
  });
});

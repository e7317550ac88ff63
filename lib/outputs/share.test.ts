import fs from "node:fs";

import postcss, { type Root } from "postcss";
import { describe, expect, it } from "vitest";

import { QR_VARIANTS } from "./share";

/** The custom properties a stylesheet sets in :root, outside and inside the dark-scheme media query. */
function themeColours(file: string): { light: Map<string, string>; dark: Map<string, string> } {
  const root: Root = postcss.parse(fs.readFileSync(file, "utf8"));
  const light = new Map<string, string>();
  const dark = new Map<string, string>();
  root.walkDecls(/^--(page|ink)$/, (declaration) => {
    const rule = declaration.parent;
    if (rule?.type !== "rule" || rule.selector !== ":root") return;
    const media = rule.parent?.type === "atrule" ? rule.parent : undefined;
    const scheme = media && /prefers-color-scheme:\s*dark/.test(media.params) ? dark : light;
    scheme.set(declaration.prop, declaration.value.toLowerCase());
  });
  return { light, dark };
}

describe("the QR codes' colours", () => {
  it("are each theme's ink on its page, as the site's stylesheet and the embedded card's say", () => {
    for (const file of ["app/globals.css", "public/embed.css"]) {
      const { light, dark } = themeColours(file);
      expect(QR_VARIANTS.light.colours, file).toEqual({ modules: light.get("--ink"), background: light.get("--page") });
      expect(QR_VARIANTS.dark.colours, file).toEqual({ modules: dark.get("--ink"), background: dark.get("--page") });
    }
  });
});

import type { ComponentPropsWithoutRef } from "react";

type Props = ComponentPropsWithoutRef<"a"> & { href: string };

/**
 * The site's one link rule: every link is a plain anchor. Pages carry no client router,
 * so the browser navigates itself; Chromium prerenders the internal page a visitor is
 * about to open (the Speculation-Rules header, public/speculation-rules.json), and a
 * view transition carries the page across (app/globals.css).
 *
 * Links to the site itself (pages, a PDF deck from public/, a feed, an anchor) keep the
 * referrer and the opener; anything else passes neither.
 */
export function SmartLink({ href, children, ...props }: Props) {
  const isOwnSite = (href.startsWith("/") && !href.startsWith("//")) || href.startsWith("#");
  return (
    <a href={href} rel={isOwnSite ? undefined : "noopener noreferrer"} {...props}>
      {children}
    </a>
  );
}

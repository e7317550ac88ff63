import Link from "next/link";
import type { ComponentPropsWithoutRef } from "react";

type Props = ComponentPropsWithoutRef<"a"> & { href: string };

// A site path whose last segment has an extension names a file (a PDF deck, a feed), not a page.
const FILE_PATH = /\.[A-Za-z0-9]+$/;

/**
 * The site's one link rule: pages of the site go through next/link (client-side
 * navigation); anything else is a plain anchor that passes no opener.
 *
 * Files of the site, such as a PDF deck from public/ or a feed, are plain anchors too:
 * next/link would try to fetch them as a page's data for a client-side navigation, and
 * only the browser itself can show a PDF in its viewer or hand a feed to a reader.
 *
 * No prefetching: fetching and parsing every visible link's page data right after load
 * kept the main thread busy (Lighthouse mobile, home page, 5 runs: TBT 394-770 ms with
 * prefetch, 294-360 ms without), and these pages are small enough to fetch on click.
 */
export function SmartLink({ href, children, ...props }: Props) {
  const sitePath = href.startsWith("/") && !href.startsWith("//") ? href.split(/[?#]/)[0]! : undefined;
  if (sitePath !== undefined && !FILE_PATH.test(sitePath)) {
    return (
      <Link href={href} prefetch={false} {...props}>
        {children}
      </Link>
    );
  }
  if (sitePath !== undefined || href.startsWith("#")) {
    return (
      <a href={href} {...props}>
        {children}
      </a>
    );
  }
  return (
    <a href={href} rel="noopener noreferrer" {...props}>
      {children}
    </a>
  );
}

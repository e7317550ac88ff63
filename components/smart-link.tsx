import Link from "next/link";
import type { ComponentPropsWithoutRef } from "react";

type Props = ComponentPropsWithoutRef<"a"> & { href: string };

/**
 * The site's one link rule: pages of the site go through next/link (client-side
 * navigation); anything else is a plain anchor that passes no opener.
 *
 * No prefetching: fetching and parsing every visible link's page data right after load
 * kept the main thread busy (Lighthouse mobile, home page, 5 runs: TBT 394-770 ms with
 * prefetch, 294-360 ms without), and these pages are small enough to fetch on click.
 */
export function SmartLink({ href, children, ...props }: Props) {
  if (href.startsWith("/") && !href.startsWith("//")) {
    return (
      <Link href={href} prefetch={false} {...props}>
        {children}
      </Link>
    );
  }
  if (href.startsWith("#")) {
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

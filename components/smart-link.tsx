import Link from "next/link";
import type { ComponentPropsWithoutRef } from "react";

type Props = ComponentPropsWithoutRef<"a"> & { href: string };

/**
 * The site's one link rule: pages of the site go through next/link (prefetch,
 * client navigation); anything else is a plain anchor that passes no opener.
 */
export function SmartLink({ href, children, ...props }: Props) {
  if (href.startsWith("/") && !href.startsWith("//")) {
    return (
      <Link href={href} {...props}>
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

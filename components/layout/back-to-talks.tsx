import type { ReactNode } from "react";

import { ArrowLeftIcon } from "@/components/ui/icons";
import { SmartLink } from "@/components/ui/smart-link";
import { routes } from "@/lib/site/routes";

/** The way back up, at the top of a page: to the index, or from a talk's slides or kit to the talk. */
export function BackLink({ href, children }: { href: string; children: ReactNode }) {
  return (
    <p>
      <SmartLink
        href={href}
        className="inline-flex items-center gap-1.5 text-sm font-medium text-muted hover:text-accent"
      >
        <ArrowLeftIcon /> {children}
      </SmartLink>
    </p>
  );
}

/** The way back to the index, at the top of every page below it. */
export function BackToTalks() {
  return <BackLink href={routes.talks}>All talks</BackLink>;
}

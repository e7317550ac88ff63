import type { ReactNode } from "react";

import { PlayIcon, SlidesIcon } from "@/components/ui/icons";
import { SmartLink } from "@/components/ui/smart-link";

/**
 * The three link components of a talk. Authors use them in the MDX body with an
 * href only (see lib/content/mdx-components.ts); the page template also passes a
 * className to style them as buttons.
 */
type Props = {
  href: string;
  children?: ReactNode;
  className?: string;
};

const inlineLink =
  "inline-flex items-baseline gap-1 font-medium text-accent underline decoration-accent/40 underline-offset-3 hover:decoration-accent";

function hasLabel(children: ReactNode): boolean {
  return (
    children !== undefined &&
    children !== null &&
    children !== "" &&
    !(Array.isArray(children) && children.length === 0)
  );
}

/** An off-site link with a leading icon, and a default label when the author gives none. */
function IconLink({
  href,
  children,
  className,
  icon,
  defaultLabel,
}: Props & { icon: ReactNode; defaultLabel: string }) {
  return (
    <SmartLink href={href} className={className}>
      {icon}
      <span>{hasLabel(children) ? children : defaultLabel}</span>
    </SmartLink>
  );
}

const iconClass = "shrink-0 translate-y-[0.125em]";

export function SlidesLink({ className = inlineLink, ...props }: Props) {
  return (
    <IconLink {...props} className={className} icon={<SlidesIcon className={iconClass} />} defaultLabel="Slides" />
  );
}

export function RecordingLink({ className = inlineLink, ...props }: Props) {
  return (
    <IconLink {...props} className={className} icon={<PlayIcon className={iconClass} />} defaultLabel="Recording" />
  );
}

export function EventLink({ href, children, className = inlineLink }: Props) {
  return (
    <SmartLink href={href} className={className}>
      {hasLabel(children) ? children : "Event page"}
    </SmartLink>
  );
}

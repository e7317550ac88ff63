import type { ReactNode } from "react";

import type { Invite } from "@/lib/content/profile-schema";

/**
 * The link that invites the speaker, as his profile says: an e-mail address, or a page (opened
 * without telling it where the visitor came from). The home page, /about and the organisers' kit
 * word it each their own way.
 */
export function InviteLink({
  invite,
  className,
  children,
}: {
  invite: Invite;
  className: string;
  children: ReactNode;
}) {
  return (
    <a href={invite.href} {...(invite.kind === "url" ? { rel: "noopener noreferrer" } : {})} className={className}>
      {children}
    </a>
  );
}

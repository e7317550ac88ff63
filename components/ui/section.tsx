import type { ReactNode } from "react";

type Props = {
  /** Names the section: its heading's id is `<id>-heading`, and the section is labelled by it. */
  id: string;
  title: ReactNode;
  children: ReactNode;
  /** The page's last section: no space below it, the footer's own follows. */
  last?: boolean;
};

/** One titled part of a page, under a rule: the talk page's slides, events and links; the about page's parts. */
export function Section({ id, title, children, last = false }: Props) {
  const headingId = `${id}-heading`;
  return (
    <section aria-labelledby={headingId} className={last ? "border-t border-line pt-8" : "border-t border-line py-8"}>
      <h2 id={headingId} className="text-xl font-bold tracking-tight">
        {title}
      </h2>
      {children}
    </section>
  );
}

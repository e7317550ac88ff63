"use client";

import { useId, useState } from "react";

type Props = {
  /** How many talks the page lists, for the "3 of 9" message. */
  total: number;
};

/** Lower-case, accents folded: "Kubernetes" matches "kubernetes", "Zürich" matches "zurich". */
function normalise(text: string): string {
  return text.toLowerCase().normalize("NFKD").replace(/[\u0300-\u036f]/g, "");
}

/**
 * Hides the talks in the page whose card (title, summary, events, places) and tags do not
 * contain every word of the query; hides a year left empty. Returns how many are shown.
 */
function filterTalks(query: string): number {
  const words = normalise(query).split(/\s+/).filter(Boolean);
  let shown = 0;
  for (const item of document.querySelectorAll<HTMLElement>("[data-tags]")) {
    const text = normalise(`${item.textContent} ${item.dataset.tags}`);
    item.hidden = !words.every((word) => text.includes(word));
    if (!item.hidden) shown += 1;
  }
  for (const group of document.querySelectorAll<HTMLElement>("[data-search-group]")) {
    group.hidden = !group.querySelector("[data-tags]:not([hidden])");
  }
  return shown;
}

/**
 * Filters the talk list already in the page (TalkYearGroups) as the visitor types. It
 * hides and shows the server-rendered items instead of rendering the list itself, so the
 * page ships no second copy of the talks as data, and without JavaScript the list is whole.
 */
export function TalkSearch({ total }: Props) {
  const inputId = useId();
  const [query, setQuery] = useState("");
  const [matches, setMatches] = useState(total);

  return (
    // Not a <form>: nothing is submitted; the list filters as the visitor types.
    <div role="search" className="mb-10">
      <label htmlFor={inputId} className="block text-sm font-semibold text-ink">
        Search talks
      </label>
      <input
        id={inputId}
        type="search"
        value={query}
        onChange={(event) => {
          setQuery(event.target.value);
          setMatches(filterTalks(event.target.value));
        }}
        placeholder="Title, topic, event or place"
        autoComplete="off"
        className="mt-2 w-full rounded-lg border border-line bg-surface px-3.5 py-2.5 text-base text-ink placeholder:text-muted focus:border-accent"
      />
      <p aria-live="polite" className="mt-2 min-h-5 text-sm text-muted">
        {query.trim() === ""
          ? ""
          : matches === 0
            ? `No talk matches “${query.trim()}”.`
            : `${matches} of ${total} talks ${matches === 1 ? "matches" : "match"}.`}
      </p>
    </div>
  );
}

import type { Talk } from "@/lib/content/load-talks";
import type { CalendarDay } from "@/lib/content/partial-date";
import { buildDay, isUpcomingEvent } from "@/lib/site/talks";

type Props = {
  talks: readonly Talk[];
};

type YearCount = { year: number; count: number };

/**
 * Every year from the first talk to the last, including years without any, oldest first.
 * Given events only: an upcoming one is not a talk given (yet), as the chart's title says.
 */
export function countEventsPerYear(talks: readonly Talk[], today: CalendarDay = buildDay): YearCount[] {
  const counts = new Map<number, number>();
  for (const talk of talks) {
    for (const event of talk.events) {
      if (!isUpcomingEvent(event, today)) counts.set(event.date.year, (counts.get(event.date.year) ?? 0) + 1);
    }
  }
  if (counts.size === 0) return [];
  const years = [...counts.keys()];
  const first = Math.min(...years);
  const last = Math.max(...years);
  return Array.from({ length: last - first + 1 }, (_, index) => ({
    year: first + index,
    count: counts.get(first + index) ?? 0,
  }));
}

const BAR_WIDTH = 28;
const BAR_GAP = 14;
const PLOT_HEIGHT = 96;
const LABEL_SPACE = 20;
const VALUE_SPACE = 18;

/**
 * Talks given per year (each event counts: a talk given twice counts twice), drawn at
 * build as inline SVG with no client code. Colours come from the theme's variables, so
 * the chart follows light and dark. Screen readers get the same figures as text.
 */
export function TalksPerYearChart({ talks }: Props) {
  const years = countEventsPerYear(talks);
  if (years.length < 2) return null;
  const highest = Math.max(...years.map(({ count }) => count));
  const width = years.length * (BAR_WIDTH + BAR_GAP) - BAR_GAP;
  const height = VALUE_SPACE + PLOT_HEIGHT + LABEL_SPACE;
  const summary = years.map(({ year, count }) => `${year}: ${count}`).join(", ");

  return (
    <figure>
      <figcaption className="text-sm font-semibold text-ink">Talks given per year</figcaption>
      <svg
        viewBox={`0 0 ${width} ${height}`}
        width={width}
        height={height}
        role="img"
        aria-label={`Talks given per year: ${summary}.`}
        className="mt-3 h-auto max-w-full overflow-visible"
      >
        {years.map(({ year, count }, index) => {
          const barHeight = count === 0 ? 0 : Math.max(2, Math.round((count / highest) * PLOT_HEIGHT));
          const x = index * (BAR_WIDTH + BAR_GAP);
          const top = VALUE_SPACE + PLOT_HEIGHT - barHeight;
          return (
            <g key={year}>
              <rect x={x} y={top} width={BAR_WIDTH} height={barHeight} rx={3} className="fill-accent" />
              <text
                x={x + BAR_WIDTH / 2}
                y={top - 5}
                textAnchor="middle"
                className="fill-ink text-[11px] font-semibold"
              >
                {count}
              </text>
              <text x={x + BAR_WIDTH / 2} y={height - 4} textAnchor="middle" className="fill-muted text-[11px]">
                {year}
              </text>
            </g>
          );
        })}
        <line
          x1={0}
          x2={width}
          y1={VALUE_SPACE + PLOT_HEIGHT + 0.5}
          y2={VALUE_SPACE + PLOT_HEIGHT + 0.5}
          className="stroke-line"
        />
      </svg>
    </figure>
  );
}

import { formatPartialDate, toIsoString, type PartialDate } from "@/lib/content/partial-date";

type Props = {
  date: PartialDate;
};

/** A date at its own precision ("2020", "Feb 2020", "1 Feb 2020"), machine-readable too. */
export function PartialDateTime({ date }: Props) {
  return <time dateTime={toIsoString(date)}>{formatPartialDate(date)}</time>;
}

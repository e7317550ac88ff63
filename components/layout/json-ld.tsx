import type { Graph } from "schema-dts";

import { serializeJsonLd } from "@/lib/outputs/structured-data";

type Props = {
  data: Graph;
};

/**
 * Structured data for search engines. A data block, never run, so the Content Security
 * Policy does not apply to it; the JSON is escaped so that page text cannot close it.
 */
export function JsonLd({ data }: Props) {
  return <script type="application/ld+json" dangerouslySetInnerHTML={{ __html: serializeJsonLd(data) }} />;
}

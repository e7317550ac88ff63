import { getProfile } from "@/lib/content/profile";
import { getTalks } from "@/lib/content/talks";
import { searchDocumentHtml, siteSearchDocuments } from "@/lib/outputs/search-records";

export const dynamic = "force-static";

/**
 * Every page the search finds, as the HTML Pagefind reads (lib/outputs/search-records.ts), for
 * the build step that indexes them (scripts/build/index-search.mjs), which removes this file from
 * out/ once Pagefind has read it.
 */
export async function GET(): Promise<Response> {
  const profile = getProfile();
  const documents = await siteSearchDocuments(getTalks(), profile);
  return Response.json({
    language: profile.language,
    documents: documents.map((document) => ({
      url: document.url,
      html: searchDocumentHtml(document, profile.language),
    })),
  });
}

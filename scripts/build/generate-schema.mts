// npm run schema: writes the JSON Schemas of the front matter, from the zod schemas:
// content/talk.schema.json for talks, content/speaker.schema.json for the speaker's profile.
import fs from "node:fs";
import path from "node:path";

import { talkFrontMatterJsonSchema } from "../../lib/content/json-schema";
import { profileFrontMatterJsonSchema } from "../../lib/content/profile-json-schema";

for (const [file, schema] of [
  ["talk.schema.json", talkFrontMatterJsonSchema()],
  ["speaker.schema.json", profileFrontMatterJsonSchema()],
] as const) {
  const target = path.join("content", file);
  fs.writeFileSync(target, `${JSON.stringify(schema, null, 2)}\n`);
  console.log(`Wrote ${target}`);
}

// npm run schema: writes content/talk.schema.json from the zod schema of the front matter.
import fs from "node:fs";
import path from "node:path";

import { talkFrontMatterJsonSchema } from "../lib/content/json-schema";

const target = path.join("content", "talk.schema.json");
fs.writeFileSync(target, `${JSON.stringify(talkFrontMatterJsonSchema(), null, 2)}\n`);
console.log(`Wrote ${target}`);

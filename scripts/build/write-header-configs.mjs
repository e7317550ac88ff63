// npm run headers: writes vercel.json and serve.json from lib/serving/http-headers.cjs, the one
// place the site's response headers are written. lib/serving/http-headers.test.ts fails when
// either file differs from what this writes.
import fs from "node:fs";

import headers from "../../lib/serving/http-headers.cjs";

for (const [file, text] of Object.entries(headers.headerConfigFiles())) {
  fs.writeFileSync(file, text);
  console.log(`wrote ${file}`);
}

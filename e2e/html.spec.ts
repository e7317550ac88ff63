import { expect, test } from "@playwright/test";
import { HtmlValidate, type Message } from "html-validate";

import { builtPages, MISSING_PAGE } from "../testing/built-site";

// "standard" checks conformance to the HTML standard; "a11y" adds the accessibility rules.
// ("recommended" also enforces a house style, such as lower-case attribute names, that
// React's valid output does not follow.)
const validator = new HtmlValidate({
  extends: ["html-validate:standard", "html-validate:a11y"],
});

for (const path of [...builtPages, MISSING_PAGE]) {
  test(`${path} is valid HTML`, async ({ request }) => {
    const response = await request.get(path);
    const report = await validator.validateString(await response.text(), path);
    const errors = report.results.flatMap((result) =>
      result.messages
        .filter((message: Message) => message.severity === 2)
        .map(
          (message: Message) =>
            `${message.line}:${message.column} ${message.ruleId}: ${message.message} (${message.selector ?? ""})`,
        ),
    );
    expect(errors).toEqual([]);
  });
}

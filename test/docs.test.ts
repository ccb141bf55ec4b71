import { readFileSync } from "node:fs";
import { join } from "node:path";
import { actionsMarkdown } from "../scripts/lib/actionsTable";

describe("docs/actions.md", () => {
  it("lists every action and dropdown as the component defines them (run `npm run docs` to refresh)", () => {
    const onDisk = readFileSync(join(__dirname, "..", "docs", "actions.md"), "utf8");
    expect(onDisk).toBe(actionsMarkdown());
  });
});

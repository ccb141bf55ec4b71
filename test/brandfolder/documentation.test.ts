import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { BRANDFOLDER_PACE } from "../../src/brandfolder/profile";

const root = join(__dirname, "..", "..");
const dir = join(root, "documentation", "brandfolder");
const pages = readdirSync(dir, { recursive: true, encoding: "utf8" })
  .filter((f) => /\.mdx?$/.test(f))
  .map((f) => join(dir, f));

describe("documentation/brandfolder/", () => {
  it("has the overview, a page per connection and troubleshooting", () => {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const component = require(join(root, "dist", "brandfolder", "index.js")).default as {
      connections: { key: string }[];
    };
    for (const page of [
      "description.mdx",
      "troubleshooting.mdx",
      ...component.connections.map((c) => `connections/${c.key}.mdx`),
    ])
      expect({ page, exists: existsSync(join(dir, page)) }).toEqual({ page, exists: true });
  });

  it("states the pace the profile really uses", () => {
    const overview = readFileSync(join(dir, "description.mdx"), "utf8");
    expect(overview).toContain(`**${BRANDFOLDER_PACE.perSecond} requests per second**`);
    expect(overview).toContain(
      `**never more than ${BRANDFOLDER_PACE.maxInAnySecond} in any one second**`,
    );
    const connection = readFileSync(join(dir, "connections", "apiKey.mdx"), "utf8");
    expect(connection).toContain(
      `default ${BRANDFOLDER_PACE.perSecond} (0.1 to ${BRANDFOLDER_PACE.maxInAnySecond})`,
    );
  });

  it("MDX pages have no bare < or { outside code (MDX would read them as JSX)", () => {
    for (const file of pages.filter((f) => f.endsWith(".mdx"))) {
      const prose = readFileSync(file, "utf8")
        .replace(/```[\s\S]*?```/g, "")
        .replace(/`[^`\n]*`/g, "");
      expect({ file, bad: prose.match(/[<{][^\n]{0,20}/g) ?? [] }).toEqual({ file, bad: [] });
    }
  });

  it("relative links between pages point at files that exist", () => {
    for (const file of pages) {
      for (const [, target] of readFileSync(file, "utf8").matchAll(/\]\((\.{1,2}\/[^)#\s]+)/g)) {
        expect({ file, target, exists: existsSync(join(file, "..", target)) }).toEqual({
          file,
          target,
          exists: true,
        });
      }
    }
  });
});

import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { accessFor, actionsMarkdown, bynderCalls } from "../../scripts/lib/actionsTable";

const root = join(__dirname, "..", "..");

describe("docs/bynder/actions.md", () => {
  it("lists every action, trigger and dropdown as the built component defines them (run `npm run docs` to refresh)", () => {
    const onDisk = readFileSync(join(root, "docs", "bynder", "actions.md"), "utf8");
    expect(onDisk).toBe(actionsMarkdown());
  });

  it("reads the Bynder calls out of a description, methods before their path", () => {
    expect(
      bynderCalls(
        "Do it. Bynder API: POST /api/v4/collections/, then GET /api/v4/collections/{id}/ (https://api.bynder.com/reference).",
      ),
    ).toEqual([
      { method: "POST", path: "/api/v4/collections/" },
      { method: "GET", path: "/api/v4/collections/{id}/" },
    ]);
    expect(bynderCalls("Bynder API: GET then PUT /api/workflow/campaigns/{id} (x).")).toEqual([
      { method: "GET", path: "/api/workflow/campaigns/{id}" },
      { method: "PUT", path: "/api/workflow/campaigns/{id}" },
    ]);
    expect(
      bynderCalls(
        "Bynder API: PUT and/or PATCH /v7/webhooks/public/api/subscriptions/{id}, then GET (x).",
      ).map((c) => c.method),
    ).toEqual(["PUT", "PATCH", "GET"]);
    expect(bynderCalls("Bynder API: GET /api/v4/media/?collectionId=… with details.")).toEqual([
      { method: "GET", path: "/api/v4/media/" },
    ]);
  });

  it("derives scopes and roles from the 403 table, marking scopes outside the defaults", () => {
    expect(accessFor("Bynder API: PATCH /api/workflow/jobs/{id}/finish (x).")).toEqual({
      scopes: "`workflow.job:approve` *",
      roles: "JOBAPPROVE",
    });
    expect(accessFor("Bynder API: GET /api/v4/media/{id}/download/ (x).").scopes).toBe(
      "`asset:read`",
    );
    expect(accessFor("Bynder API: DELETE /api/media/usage (x).").scopes).toBe(
      "`asset.usage:write` *",
    );
    expect(accessFor("S3 API: POST <Upload URL>.").scopes).toBe("none (no Bynder call)");
  });

  it("every action in the reference has a scope cell that came from its endpoints", () => {
    const table = actionsMarkdown().split("## Triggers")[0];
    const rows = table.split("\n").filter((l) => /^\| [^-]/.test(l) && !l.startsWith("| Action"));
    expect(rows.length).toBeGreaterThan(0);
    for (const row of rows)
      expect(row).toMatch(
        /\| (`[a-z.]+:[a-z]+`|no specific scope|none \(no Bynder call\)|the called path's own)/,
      );
  });
});

describe("documentation/bynder/", () => {
  const files = (dir: string): string[] =>
    readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
      e.isDirectory() ? files(join(dir, e.name)) : [join(dir, e.name)],
    );
  const pages = files(join(root, "documentation", "bynder")).filter((f) => /\.mdx?$/.test(f));

  it("has the overview, a page per connection, per trigger, and troubleshooting", () => {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const component = require(join(root, "dist", "bynder", "index.js")).default as {
      connections: { key: string }[];
      triggers: Record<string, unknown>;
    };
    const expected = [
      "description.mdx",
      "troubleshooting.mdx",
      ...component.connections.map((c) => `connections/${c.key}.mdx`),
      ...Object.keys(component.triggers).map((k) => `triggers/${k}.md`),
    ];
    for (const page of expected)
      expect(existsSync(join(root, "documentation", "bynder", page))).toBe(true);
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
    for (const file of [...pages, join(root, "docs", "bynder", "actions.md")]) {
      const text = readFileSync(file, "utf8");
      for (const [, target] of text.matchAll(/\]\((\.{1,2}\/[^)#\s]+)/g)) {
        expect({ file, target, exists: existsSync(join(file, "..", target)) }).toEqual({
          file,
          target,
          exists: true,
        });
      }
    }
  });
});

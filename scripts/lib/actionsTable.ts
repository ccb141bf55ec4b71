import { existsSync } from "node:fs";
import { join } from "node:path";
import { roleHint, scopeHint } from "../../src/bynder/client/accessHints";
import { DEFAULT_SCOPES } from "../../src/bynder/connections/scopes";
import { loadBuilt, ROOT } from "./components";

interface Described {
  display: { label: string; description: string };
  inputs: {
    key: string;
    label: string | { value: string };
    required?: boolean;
    default?: unknown;
    dataSource?: string;
  }[];
}

interface BuiltComponent {
  actions: Record<string, Described>;
  triggers?: Record<string, Described>;
  dataSources?: Record<string, Described>;
}

const cell = (text: string) => text.replace(/\|/g, "\\|").replace(/\n/g, " ");

function inputsCell(inputs: Described["inputs"]): string {
  return inputs
    .filter((i) => i.key !== "connection")
    .map((i) => {
      const label = typeof i.label === "string" ? i.label : i.label.value;
      const marks = [
        i.required ? "required" : "",
        i.default && i.default !== "false" ? `default ${String(i.default)}` : "",
        i.dataSource ? "dropdown" : "",
      ].filter(Boolean);
      return marks.length ? `${label} (${marks.join(", ")})` : label;
    })
    .join("; ");
}

const METHOD = /^(GET|POST|PUT|PATCH|DELETE|HEAD)$/;

/**
 * The Bynder calls an action names after "Bynder API:" in its description, e.g. "POST /a, then
 * GET /b" or "GET then PUT /c". A method applies to the next path (or, trailing, to the last
 * one); a path with no method at all is an upload step, which posts.
 */
export function bynderCalls(description: string): { method: string; path: string }[] {
  const at = description.indexOf("Bynder API:");
  if (at < 0) return [];
  const segment = description.slice(at).replace(/\(https?:\/\/[^)]*\)/g, " ");
  const tokens = segment.match(/\b[A-Z]{3,6}\b|\/(?:api|v7|transform)\/[^\s,()]*/g) ?? [];
  const calls: { method: string; path: string }[] = [];
  let pending: string[] = [];
  let lastPath: string | undefined;
  for (const token of tokens) {
    if (METHOD.test(token)) {
      pending.push(token);
      continue;
    }
    if (!token.startsWith("/")) continue;
    const path = token.replace(/[?…].*$/, "");
    for (const method of pending.length ? pending : ["POST"]) calls.push({ method, path });
    pending = [];
    lastPath = path;
  }
  if (lastPath) for (const method of pending) calls.push({ method, path: lastPath });
  return calls;
}

const DEFAULTS = new Set(DEFAULT_SCOPES.split(" "));

/** Scopes and roles for the calls, from the table that words 403 errors. */
export function accessFor(description: string): { scopes: string; roles: string } {
  if (!description.includes("Bynder API:")) return { scopes: "none (no Bynder call)", roles: "" };
  const calls = bynderCalls(description);
  if (!calls.length) return { scopes: "the called path's own", roles: "" };
  const scopes = new Set<string>();
  const roles = new Set<string>();
  for (const { method, path } of calls) {
    const scope = scopeHint(method, path);
    if (scope) scopes.add(DEFAULTS.has(scope) ? `\`${scope}\`` : `\`${scope}\` *`);
    const role = roleHint(path, method);
    if (role) roles.add(role);
  }
  return { scopes: [...scopes].join(", ") || "no specific scope", roles: [...roles].join("; ") };
}

const byLabel = ([, a]: [string, Described], [, b]: [string, Described]) =>
  a.display.label.localeCompare(b.display.label);

/** What a component's table says about the access each action needs: intro and extra columns. */
interface AccessColumns {
  intro: string[];
  headers: string[];
  cells(description: string): string[];
}

const BYNDER_ACCESS: AccessColumns = {
  intro: [
    "**Scopes** are the OAuth scopes the action's Bynder calls need, read from the endpoints in its",
    "description with the same table that words the connector's HTTP 403 errors",
    "(`scopeHint` in `src/bynder/client/accessHints.ts`). A scope marked * is **not** among the connections'",
    "default Scopes: add it to the connection's Scopes and reconnect. **Role** names a Bynder security",
    "role the connected user needs beyond the usual ones. Permanent tokens carry no scopes: they act",
    "with the rights of the user who created them.",
    "",
  ],
  headers: ["Scopes", "Role"],
  cells: (description) => {
    const access = accessFor(description);
    return [cell(access.scopes), cell(access.roles) || "–"];
  },
};

/** Components without scopes or roles: every call acts with the connected user's permissions. */
const NO_ACCESS_COLUMNS: AccessColumns = { intro: [], headers: [], cells: () => [] };

const ACCESS: Record<string, AccessColumns> = { bynder: BYNDER_ACCESS };

/**
 * The reference of every action, trigger and data source, generated from the built component
 * (`dist/<name>/index.js`, run `npm run build` first); it lands in `docs/<name>/actions.md`.
 */
export function actionsMarkdown(
  name = "bynder",
  component: BuiltComponent = loadBuilt<BuiltComponent>(name),
): string {
  const access = ACCESS[name] ?? NO_ACCESS_COLUMNS;
  const actions = Object.entries(component.actions).sort(byLabel);
  const triggers = Object.entries(component.triggers ?? {}).sort(byLabel);
  const sources = Object.entries(component.dataSources ?? {}).sort(([a], [b]) =>
    a.localeCompare(b),
  );
  const guide = (key: string) =>
    existsSync(join(ROOT, "documentation", name, "triggers", `${key}.md`))
      ? `[guide](../../documentation/${name}/triggers/${key}.md)`
      : "–";
  const row = (cells: string[]) => `| ${cells.join(" | ")} |`;
  const actionHeaders = ["Action", "Key", "What it does", "Inputs", ...access.headers];
  const lines = [
    "# Actions, triggers and dropdowns",
    "",
    `Generated from the built component (\`dist/${name}/index.js\`) by \`npm run docs\`; a test fails when this file is out of date.`,
    "",
    ...access.intro,
    `## Actions (${actions.length})`,
    "",
    row(actionHeaders),
    row(actionHeaders.map(() => "---")),
    ...actions.map(([key, a]) =>
      row([
        cell(a.display.label),
        `\`${key}\``,
        cell(a.display.description),
        cell(inputsCell(a.inputs)) || "–",
        ...access.cells(a.display.description),
      ]),
    ),
    "",
    `## Triggers (${triggers.length})`,
    "",
    "| Trigger | Key | What it does | Inputs | Guide |",
    "| --- | --- | --- | --- | --- |",
    ...triggers.map(
      ([key, t]) =>
        `| ${cell(t.display.label)} | \`${key}\` | ${cell(t.display.description)} | ${cell(inputsCell(t.inputs)) || "–"} | ${guide(key)} |`,
    ),
    "",
    `## Dropdowns (${sources.length})`,
    "",
    "| Data source | Key | What it lists |",
    "| --- | --- | --- |",
    ...sources.map(
      ([key, s]) => `| ${cell(s.display.label)} | \`${key}\` | ${cell(s.display.description)} |`,
    ),
    "",
  ];
  return lines.join("\n");
}

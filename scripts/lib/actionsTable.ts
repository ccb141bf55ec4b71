import component from "../../src";

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

/** The reference of every action and data source, generated from the component itself. */
export function actionsMarkdown(): string {
  const actions = Object.entries(component.actions as Record<string, Described>).sort(
    ([, a], [, b]) => a.display.label.localeCompare(b.display.label),
  );
  const sources = Object.entries(component.dataSources as Record<string, Described>).sort(
    ([a], [b]) => a.localeCompare(b),
  );
  const lines = [
    "# Actions and dropdowns",
    "",
    "Generated from the component by `npm run docs`; a test fails when this file is out of date.",
    "",
    `## Actions (${actions.length})`,
    "",
    "| Action | Key | What it does | Inputs |",
    "| --- | --- | --- | --- |",
    ...actions.map(
      ([key, a]) =>
        `| ${cell(a.display.label)} | \`${key}\` | ${cell(a.display.description)} | ${cell(inputsCell(a.inputs)) || "–"} |`,
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

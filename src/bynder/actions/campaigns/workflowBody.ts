import { InputError } from "../../../core/inputs/clean";

/**
 * A workflow JSON body: the filled-in inputs plus Data. Data repeating a field an input filled in
 * is refused (as in every declarative action), so neither value is silently dropped.
 */
export function workflowBody(
  fields: Record<string, { label: string; value: unknown }>,
  data: Record<string, unknown> | undefined,
): Record<string, unknown> {
  const body: Record<string, unknown> = { ...data };
  for (const [field, { label, value }] of Object.entries(fields)) {
    if (value === undefined) continue;
    if (data && field in data)
      throw new InputError(
        "Data",
        `sets "${field}", which the "${label}" input controls and which was filled in: clear one of them.`,
      );
    body[field] = value;
  }
  return body;
}

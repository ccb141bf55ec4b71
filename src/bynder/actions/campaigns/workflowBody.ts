import { filledIn, mergeWithData } from "../../../core/inputs/mergeData";

/**
 * A workflow JSON body: the filled-in inputs plus Data. Data repeating a field an input filled in
 * is refused (as in every declarative action), so neither value is silently dropped.
 */
export function workflowBody(
  fields: Record<string, { label: string; value: unknown }>,
  data: Record<string, unknown> | undefined,
): Record<string, unknown> {
  const named: Record<string, unknown> = {};
  for (const [field, { value }] of Object.entries(fields)) {
    if (value !== undefined) named[field] = value;
  }
  // Data's fields first, as before: the body's key order stays the same.
  return {
    ...data,
    ...mergeWithData("Data", named, data, (f) =>
      filledIn(`the "${fields[f].label}" input controls`),
    ),
  };
}

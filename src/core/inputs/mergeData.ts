import { InputError } from "./clean";

/** The usual clash clause: who sets the field, and that it was filled in. */
export const filledIn = (owner: string) => `${owner} and which was filled in: clear one of them.`;

/**
 * The fields the inputs filled in, plus a Data object's. A field set both ways is refused (an
 * InputError naming the Data input), never silently overridden; `clash` says who else sets it.
 */
export function mergeWithData(
  label: string,
  named: Record<string, unknown>,
  data: Record<string, unknown> | undefined,
  clash: (field: string) => string,
): Record<string, unknown> {
  if (!data) return named;
  for (const field of Object.keys(data)) {
    if (field in named) throw new InputError(label, `sets "${field}", which ${clash(field)}`);
  }
  return { ...named, ...data };
}

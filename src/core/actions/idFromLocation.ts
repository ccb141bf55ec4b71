/**
 * The new object's ID at the end of a `Location` header (absolute or relative URL), after
 * `/<segment>/`, e.g. `collections` or `campaigns`; undefined when the header names no such object.
 */
export function idFromLocation(location: string | undefined, segment: string): string | undefined {
  const match = new RegExp(`/${segment}/([^/?#]+)/?(?:[?#].*)?$`).exec(location ?? "");
  if (!match) return undefined;
  try {
    return decodeURIComponent(match[1]);
  } catch {
    // A stray "%" must not turn a successful create into a failed step.
    return match[1];
  }
}

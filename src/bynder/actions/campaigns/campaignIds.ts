/** Bynder's create answer gives the ID as 32 hex digits; GET and the dropdowns use the dashed 8-4-4-4-12 form. */
export function dashedId(id: string): string {
  const hex = id.trim();
  if (!/^[0-9a-f]{32}$/i.test(hex)) return hex;
  return [0, 8, 12, 16, 20].map((start, i, a) => hex.slice(start, a[i + 1] ?? 32)).join("-");
}

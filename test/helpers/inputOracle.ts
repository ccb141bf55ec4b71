import type { InputKind } from "../../src/core/inputs/kinds";
import type { Recorded } from "./recorder";

/**
 * An independent model of the input rule, per kind: whether a raw value must be accepted or
 * refused, and the text(s) that must then appear in the request exactly.
 */
export type Verdict = "accept" | "refuse" | "either";

const TRUE = ["true", "t", "yes", "y", "1", "on"];
const FALSE = ["false", "f", "no", "n", "0", "off"];
const isObj = (v: unknown) => typeof v === "object" && v !== null;
const blank = (v: unknown) =>
  v === undefined || v === null || (typeof v === "string" && v.trim() === "");
const exactNumber = (n: number) => Number.isFinite(n) && !/e/i.test(String(n));

function inRange(digits: string, min = -2_147_483_648, max = 2_147_483_647) {
  const big = BigInt(digits);
  return big >= BigInt(min) && big <= BigInt(max);
}

export function verdict(k: InputKind, v: unknown): Verdict {
  switch (k.kind) {
    case "flag":
    case "boolean":
    case "optionalBoolean":
      if (blank(v) || typeof v === "boolean" || v === 0 || v === 1) return "accept";
      if (typeof v !== "string") return "refuse";
      return [...TRUE, ...FALSE].includes(v.trim().toLowerCase()) ? "accept" : "refuse";
    case "integer": {
      if (blank(v)) return "either";
      const digits =
        typeof v === "number" && Number.isSafeInteger(v)
          ? String(v)
          : typeof v === "string" && /^[+-]?\d+$/.test(v.trim())
            ? v.trim()
            : undefined;
      return digits !== undefined && inRange(digits, k.min, k.max) ? "accept" : "refuse";
    }
    case "choice":
      if (blank(v)) return "either";
      return typeof v === "string" && k.values.includes(v.trim()) ? "accept" : "refuse";
    case "id":
    case "text":
    case "secret":
      if (blank(v)) return "either";
      if (Array.isArray(v) || isObj(v)) return "refuse";
      if (typeof v === "number" && !exactNumber(v)) return "refuse";
      return k.kind === "id" && /^(\.|%2e){1,2}$/i.test(String(v).trim()) ? "refuse" : "accept";
    case "list": {
      // A restricted list (`values`) must refuse any item outside it; JSON-text rows are left aside.
      const rows = typeof v === "string" ? [v] : v;
      if (!k.values || !Array.isArray(rows) || !rows.every((i) => typeof i === "string"))
        return "either";
      if (rows.some((i) => i.trim().startsWith("["))) return "either";
      const allowed = k.values;
      return expectedTexts(k, rows).some((i) => !allowed.includes(i)) ? "refuse" : "either";
    }
    default:
      return "either";
  }
}

/** The texts that must appear, exactly, somewhere in the request when the value was accepted. */
export function expectedTexts(k: InputKind, v: unknown): string[] {
  if (blank(v)) return [];
  const text = typeof v === "string" ? v : typeof v === "number" ? String(v) : undefined;
  switch (k.kind) {
    case "text":
    case "secret":
      return text !== undefined ? [text] : typeof v === "boolean" ? [String(v)] : [];
    case "id":
    case "email":
    case "date":
    case "choice":
      return text !== undefined ? [text.trim()] : [];
    case "brand":
      return text !== undefined ? [text.trim().replace(/^subBrand:/, "")] : [];
    case "integer":
      return text !== undefined ? [BigInt(text.trim()).toString()] : [];
    case "list":
      if (!Array.isArray(v) || !v.every((i) => typeof i === "string")) return [];
      // Free-text items are sent verbatim; items of a restricted list are choices, sent trimmed.
      if (k.items === "text")
        return v.filter((i) => i.trim() !== "").map((i) => (k.values ? i.trim() : i));
      return v.flatMap((i) => i.split(/[,\r\n]/).map((p) => p.trim())).filter(Boolean);
    default:
      return [];
  }
}

/** For composite inputs: texts that must be contained in some value of the request. */
export function containedTexts(k: InputKind, v: unknown): string[] {
  if (k.kind === "keyValue" && Array.isArray(v))
    return v.flatMap((row) => {
      const value = isObj(row) ? (row as { value?: unknown }).value : undefined;
      return typeof value === "string" && value !== "" ? [value] : [];
    });
  if (k.kind === "jsonObject" && isObj(v) && !Array.isArray(v))
    return Object.values(v as object).filter((x): x is string => typeof x === "string" && x !== "");
  return [];
}

function jsonLeaves(value: unknown, out: Set<string>) {
  if (Array.isArray(value)) for (const v of value) jsonLeaves(v, out);
  else if (isObj(value))
    for (const [k, v] of Object.entries(value as object)) {
      out.add(k);
      jsonLeaves(v, out);
    }
  else if (value !== undefined && value !== null) out.add(String(value));
}

function addText(text: string, out: Set<string>) {
  out.add(text);
  for (const part of text.split(",")) out.add(part);
  if (/^\s*[[{]/.test(text)) {
    try {
      jsonLeaves(JSON.parse(text), out);
    } catch {
      // Not JSON: the text itself is the leaf.
    }
  }
}

/** Every value the request carries: path segments, query and form values, JSON leaves, headers. */
export function leaves(r: Recorded): Set<string> {
  const out = new Set<string>();
  for (const seg of r.path.split("/")) {
    out.add(seg);
    try {
      addText(decodeURIComponent(seg), out);
    } catch {
      // A segment that is not valid %-encoding is kept as sent.
    }
  }
  for (const [k, v] of r.query) {
    out.add(k);
    addText(v, out);
  }
  if (r.contentType.includes("x-www-form-urlencoded"))
    for (const [k, v] of new URLSearchParams(r.body)) {
      out.add(k);
      addText(v, out);
    }
  else if (r.contentType.includes("json")) addText(r.body, out);
  for (const v of Object.values(r.headers)) if (typeof v === "string") out.add(v);
  return out;
}

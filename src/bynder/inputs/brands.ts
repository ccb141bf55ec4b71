import { input } from "@prismatic-io/spectral";
import { optionalId, requiredId } from "../../core/inputs/clean";
import { withKind } from "../../core/inputs/kinds";

/**
 * The Select Brand dropdown keys sub-brands as `subBrand:<id>`, because Bynder filters assets by
 * sub-brand with `subBrandId`, not `brandId`. Inputs strip the prefix; a typed or mapped ID has
 * none, so an action that must tell the two apart looks it up (see Search Assets).
 */
export const SUB_BRAND_KEY = "subBrand:";

/** A brand picked or typed: `subBrand` is true/false when known (from the dropdown), undefined when typed. */
export interface BrandRef {
  id: string;
  subBrand?: boolean;
}

export function brandRef(label: string, value: unknown): BrandRef | undefined {
  const text = optionalId(label, value);
  if (text === undefined) return undefined;
  if (!text.startsWith(SUB_BRAND_KEY)) return { id: text };
  const id = requiredId(label, text.slice(SUB_BRAND_KEY.length));
  return { id, subBrand: true };
}

const brandId = {
  label: "Brand ID",
  comments:
    "The ID of the brand or sub-brand. Pick one from the list (sub-brands appear as Brand › Sub-brand) or map it from an earlier step.",
  dataSource: "selectBrand",
  example: "7D3B0F1E-2A4C-4B6D-8E0F1A2B3C4D5E6F",
};

export const brandIdInput = input({
  type: "string",
  required: true,
  ...brandId,
  clean: withKind({ kind: "brand" }, (v: unknown): string => {
    const ref = brandRef(brandId.label, v);
    return ref?.id ?? requiredId(brandId.label, undefined);
  }),
});

/** For actions where the brand is optional (left blank, it is not sent). */
export const optionalBrandIdInput = input({
  type: "string",
  required: false,
  ...brandId,
  clean: withKind({ kind: "brand" }, (v: unknown) => brandRef(brandId.label, v)?.id),
});

/** Search Assets' brand filter: a brand or a sub-brand, kept apart so each gets its own query parameter. */
export const brandFilterInput = input({
  type: "string",
  required: false,
  ...brandId,
  comments:
    "Only return assets of this brand or sub-brand. Pick one from the list (sub-brands appear as Brand › Sub-brand) or map an ID: a typed or mapped ID is looked up once to tell a sub-brand from a brand.",
  clean: withKind({ kind: "brand" }, (v: unknown) => brandRef(brandId.label, v)),
});

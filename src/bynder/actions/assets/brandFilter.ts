import type { BynderClient } from "../../client/clientFor";
import type { Brand } from "../../examplePayloads/brands";
import type { BrandRef } from "../../inputs/brands";
import { InputError } from "../../../core/inputs/clean";
import type { ActionRequest } from "../../../core/actions/buildRequest";
import { BRANDS_PATH } from "../../endpoints";

/** The query fields of a brand filter: Bynder matches a sub-brand only through `subBrandId`. */
export const brandQuery = (ref: BrandRef | undefined, want: "brand" | "subBrand") =>
  ref && (ref.subBrand === true) === (want === "subBrand") ? ref.id : undefined;

/**
 * A typed or mapped Brand ID is classified with one request (GET /api/v4/brands/ lists every brand
 * with its sub-brands, unpaginated); an unknown ID is refused rather than silently matching nothing.
 */
export async function resolveBrand(
  client: BynderClient,
  request: ActionRequest,
  ref: BrandRef | undefined,
): Promise<ActionRequest> {
  if (!ref || ref.subBrand !== undefined) return request;
  const { data } = await client.request<Brand[]>({ method: "GET", path: BRANDS_PATH });
  const brands = Array.isArray(data) ? data : [];
  const wanted = ref.id.toLowerCase();
  if (brands.some((b) => String(b.id).toLowerCase() === wanted)) return request;
  const sub = brands
    .flatMap((b) => b.subBrands ?? [])
    .find((s) => String(s.id).toLowerCase() === wanted);
  if (!sub)
    throw new InputError(
      "Brand ID",
      `is "${ref.id}", which is neither a brand nor a sub-brand of this portal (checked ${brands.length} brands).`,
    );
  const { brandId: _brand, ...query } = request.query;
  return { ...request, query: { ...query, subBrandId: sub.id } };
}

import type { Brand } from "../../examplePayloads/brands";
import { SUB_BRAND_KEY } from "../../inputs/brands";
import { picklist } from "../picklist";
import { BRANDS_PATH } from "../../endpoints";

interface BrandChoice {
  id: string;
  label: string;
}

/** Brands and their sub-brands: an ID input that takes a brand usually takes a sub-brand too. */
export const selectBrand = picklist({
  label: "Select Brand",
  description: "Select a brand or sub-brand (shown as Brand › Sub-brand).",
  // Bynder returns every brand in one unpaginated array.
  maxRequests: 1,
  order: "label",
  more: { noun: "brands" },
  items: async (client) => {
    const { data } = await client.request<Brand[]>({ method: "GET", path: BRANDS_PATH });
    const brands = Array.isArray(data) ? data : [];
    const items = brands.flatMap((brand): BrandChoice[] => [
      { id: brand.id, label: brand.name || brand.id },
      ...(brand.subBrands ?? []).map((sub) => ({
        // Keyed apart: Bynder filters sub-brands with subBrandId (inputs/brands.ts strips this).
        id: `${SUB_BRAND_KEY}${sub.id}`,
        label: `${brand.name || brand.id} › ${sub.name || sub.id}`,
      })),
    ]);
    return { items, complete: true };
  },
  element: (choice) => ({ key: choice.id, label: choice.label }),
  example: [
    { key: "7D3B0F1E-2A4C-4B6D-8E0F1A2B3C4D5E6F", label: "Acme" },
    { key: "subBrand:1E5F9A2B-3C4D-4E6F-8A0B1C2D3E4F5A6B", label: "Acme › Outdoor" },
  ],
});

import type { Brand } from "../../examplePayloads/brands";
import { picklist } from "../picklist";

interface BrandChoice {
  id: string;
  label: string;
}

/** Brands and their sub-brands: an ID input that takes a brand usually takes a sub-brand too. */
export const selectBrand = picklist({
  label: "Select Brand",
  description: "Select a brand or sub-brand (shown as Brand › Sub-brand).",
  // Bynder returns every brand in one unpaginated array.
  items: async (client) => {
    const { data } = await client.request<Brand[]>({ method: "GET", path: "/api/v4/brands/" });
    const brands = Array.isArray(data) ? data : [];
    return brands.flatMap((brand): BrandChoice[] => [
      { id: brand.id, label: brand.name || brand.id },
      ...(brand.subBrands ?? []).map((sub) => ({
        id: sub.id,
        label: `${brand.name || brand.id} › ${sub.name || sub.id}`,
      })),
    ]);
  },
  element: (choice) => ({ key: choice.id, label: choice.label }),
  example: [
    { key: "7D3B0F1E-2A4C-4B6D-8E0F1A2B3C4D5E6F", label: "Acme" },
    { key: "1E5F9A2B-3C4D-4E6F-8A0B1C2D3E4F5A6B", label: "Acme › Outdoor" },
  ],
});

import { idInput, optionalIdInput } from "./factories";

const brandId = {
  label: "Brand ID",
  comments:
    "The ID of the brand or sub-brand. Pick one from the list (sub-brands appear as Brand › Sub-brand) or map it from an earlier step.",
  dataSource: "selectBrand",
  example: "7D3B0F1E-2A4C-4B6D-8E0F1A2B3C4D5E6F",
};

export const brandIdInput = idInput(brandId);

/** For actions where the brand is optional (left blank, it is not sent). */
export const optionalBrandIdInput = optionalIdInput(brandId);

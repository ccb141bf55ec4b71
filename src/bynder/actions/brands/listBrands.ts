import { brandExample, plainBrandExample } from "../../examplePayloads/brands";
import { bynderAction } from "../bynderAction";
import { BRANDS_PATH } from "../../endpoints";

export const listBrands = bynderAction({
  label: "List Brands",
  description:
    "Retrieve all brands of the portal as an array, each with its sub-brands in subBrands.",
  inputs: {},
  method: "GET",
  path: BRANDS_PATH,
  examplePayload: { data: [brandExample, plainBrandExample] },
});

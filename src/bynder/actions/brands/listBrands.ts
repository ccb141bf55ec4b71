import { brandExample, plainBrandExample } from "../../examplePayloads/brands";
import { bynderAction } from "../bynderAction";

export const listBrands = bynderAction({
  label: "List Brands",
  description:
    "Retrieve all brands of the portal as an array, each with its sub-brands in subBrands.",
  inputs: {},
  method: "GET",
  path: "/api/v4/brands/",
  examplePayload: { data: [brandExample, plainBrandExample] },
});

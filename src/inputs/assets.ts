import { idInput } from "./factories";

export const assetIdInput = idInput({
  label: "ID",
  comments:
    "The ID of the asset (media item). Pick one from the list or map it from an earlier step.",
  dataSource: "selectAsset",
  example: "4A2C1E3F-8B7D-4E5F-9A0B1C2D3E4F5A6B",
});

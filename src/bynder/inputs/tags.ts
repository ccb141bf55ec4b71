import { choiceInput, idInput, textInput } from "../../core/inputs/factories";

export const tagIdInput = idInput({
  label: "Tag ID",
  comments: "The ID of the tag. Pick one from the list or map it from an earlier step.",
  dataSource: "selectTag",
  example: "3F1E2D4C-5B6A-4789-8A0B1C2D3E4F5A6B",
});

export const tagKeywordInput = textInput({
  label: "Keyword",
  comments: "Only return tags matching this keyword.",
  example: "spring",
});

export const tagOrderByInput = choiceInput({
  label: "Order By",
  comments: "The order of the returned tags. Leave blank for Bynder's default order.",
  options: [
    { label: "Tag, A to Z", value: "tag asc" },
    { label: "Tag, Z to A", value: "tag desc" },
    { label: "Asset count, lowest first", value: "mediaCount asc" },
    { label: "Asset count, highest first", value: "mediaCount desc" },
  ],
});

import { assetModifiedExample } from "../../examplePayloads/assets";
import { assetIdInput } from "../../inputs/assets";
import { dataInput } from "../../inputs/common";
import { textInput } from "../../../core/inputs/factories";
import { bynderAction } from "../bynderAction";

export const updateAsset = bynderAction({
  label: "Update Asset",
  description:
    "Edit an existing asset's name, description, copyright and any other field given in Data; fields left blank stay unchanged.",
  inputs: {
    id: assetIdInput,
    name: textInput({
      label: "Name",
      comments:
        "New name of the asset. Leave blank to keep the current name (a blank name is never sent, so the asset is never left without one).",
      example: "Spring campaign hero",
    }),
    description: textInput({
      label: "Description",
      comments: "Asset description.",
      example: "Hero image for the spring product launch.",
    }),
    copyright: textInput({
      label: "Copyright",
      comments: "Copyright information of the asset.",
      example: "© Acme Inc.",
    }),
    data: {
      ...dataInput,
      comments:
        'Extra fields to be included in the request. Must be a valid JSON object, e.g. tags (comma-separated or a list; replaces the current tags), brandId, datePublished, archive, limited, or metaproperties as {"metaproperty": {"<metapropertyId>": ["<optionId>", ...]}} (or "metaproperty.<metapropertyId>": "<optionId>,<optionId>"; a text metaproperty takes its text). Values must be text, numbers, true/false or lists of them; other nested values are refused because Bynder would ignore them. A field set by an input above cannot be set here too. Careful: isPublic cannot be undone once true.',
      example: '{"tags": "spring,hero", "datePublished": "2026-03-02T09:10:00Z"}',
    },
  },
  method: "POST",
  path: "/api/v4/media/{id}/",
  // Bynder ignores a JSON body here (still answering 202): form fields only.
  encoding: "form",
  body: { name: "name", description: "description", copyright: "copyright" },
  dataInput: "data",
  examplePayload: { data: assetModifiedExample },
});

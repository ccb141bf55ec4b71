import { InputError } from "../../core/inputs/clean";
import {
  idInput,
  jsonObjectInput,
  optionalIdInput,
  requiredTextInput,
  textInput,
} from "../../core/inputs/factories";

const CAMPAIGN_EXAMPLE = "3F9A1C7E-5B2D-4E8F-A06B-1C2D3E4F5A6B";
const WORKFLOW_USER_EXAMPLE = "2A4C6E8F-1B3D-4F5A-8C7E-9D0F1A2B3C4D";

export function campaignIdInput(comments: string) {
  return idInput({
    label: "Campaign ID",
    comments: `${comments} Pick one from the list or map it from an earlier step.`,
    dataSource: "selectCampaign",
    example: CAMPAIGN_EXAMPLE,
  });
}

export function optionalCampaignIdInput(comments: string) {
  return optionalIdInput({
    label: "Campaign ID",
    comments,
    dataSource: "selectCampaign",
    example: CAMPAIGN_EXAMPLE,
  });
}

/** Bynder's campaign key is 1 to 4 characters; checked before any request because Bynder's own error is vague. */
export function checkCampaignKey(label: "Key" | "Data", key: unknown): void {
  if (key === undefined || key === null) return;
  const text = String(key).trim();
  const length = [...text].length;
  if (length >= 1 && length <= 4) return;
  const got = `"${text}", ${length} characters`;
  throw new InputError(
    label,
    label === "Key"
      ? `must be 1 to 4 characters (got ${got}).`
      : `sets "key" to ${got}; a campaign key must be 1 to 4 characters.`,
  );
}

export const campaignKeyInput = requiredTextInput({
  label: "Key",
  comments:
    "A short key (1 to 4 characters) representing the campaign; it prefixes the campaign's job keys.",
  example: "SPR6",
});

export const newCampaignKeyInput = textInput({
  label: "Key",
  comments:
    "A short key (1 to 4 characters) representing the campaign. Leave blank to keep the current key.",
  example: "SPR6",
});

export const campaignNameInput = requiredTextInput({
  label: "Name",
  comments: "The name of the campaign.",
  example: "Spring launch 2026",
});

export const newCampaignNameInput = textInput({
  label: "Name",
  comments: "The new name of the campaign. Leave blank to keep the current name.",
  example: "Spring launch 2026",
});

export const campaignDescriptionInput = textInput({
  label: "Description",
  comments: "The description of the campaign.",
  example: "Everything for the spring product launch.",
});

export const newCampaignDescriptionInput = textInput({
  label: "Description",
  comments: "The new description of the campaign. Leave blank to keep the current description.",
  example: "Everything for the spring product launch.",
});

/** Workflow user IDs (GET /api/workflow/users/), which are not the asset bank's user IDs. */
export function workflowUserIdInput(label: string, comments: string, required: boolean) {
  const o = { label, comments, dataSource: "selectWorkflowUser", example: WORKFLOW_USER_EXAMPLE };
  return required ? idInput(o) : optionalIdInput(o);
}

export const responsibleIdInput = workflowUserIdInput(
  "Responsible ID",
  "The workflow user responsible for the campaign (a workflow user ID, from List Workflow Users). Leave blank to let Bynder pick the connected user.",
  false,
);

export const newResponsibleIdInput = workflowUserIdInput(
  "Responsible ID",
  "The workflow user responsible for the campaign (a workflow user ID, from List Workflow Users). Leave blank to keep the current one.",
  false,
);

export const createCampaignDataInput = jsonObjectInput({
  label: "Data",
  comments:
    "Additional fields for the new campaign, as a JSON object: dateStart, deadline (ISO 8601), closed, campaignMetaproperties ({metapropertyId: optionId}). It must not repeat a field an input above sets.",
  example: '{"dateStart": "2026-03-01T00:00:00", "deadline": "2026-04-15T00:00:00"}',
});

export const updateCampaignDataInput = jsonObjectInput({
  label: "Data",
  comments:
    "Additional fields to update, as a JSON object: dateStart, deadline (ISO 8601), closed, campaignMetaproperties. Fields not given keep their current value; it must not repeat a field an input above sets.",
  example: '{"deadline": "2026-04-30T00:00:00"}',
});

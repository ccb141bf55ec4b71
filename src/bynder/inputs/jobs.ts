import { isoDateInput } from "./assets";
import { optionalCampaignIdInput, workflowUserIdInput } from "./campaigns";
import { InputError } from "../../core/inputs/clean";
import {
  choiceInput,
  idInput,
  integerInput,
  jsonObjectInput,
  requiredTextInput,
  textInput,
  valueListInput,
} from "../../core/inputs/factories";
import { bynderMaxItems } from "./fetchAll";

const JOB_EXAMPLE = "6E2B9D4F-1A3C-4E5B-8D7F-0A1B2C3D4E5F";
export const STAGE_STATUSES = ["Idle", "Active", "Cancelled", "Approved", "NeedsChanges"] as const;
type StageStatus = (typeof STAGE_STATUSES)[number];

export function jobIdInput(purpose: string) {
  return idInput({
    label: "Job ID",
    comments: `The ID of the job to ${purpose}. Pick one from the list or map it from an earlier step.`,
    dataSource: "selectJob",
    example: JOB_EXAMPLE,
  });
}

/** Labelled exactly as the seed has it ("Job preset ID", lower-case p). */
export const jobPresetIdInput = idInput({
  label: "Job preset ID",
  comments:
    "The ID of the job preset to retrieve. The list only shows presets that existing jobs were created from (Bynder cannot list presets); type any other preset ID.",
  dataSource: "selectJobPreset",
  example: "8C1D3E5F-7A9B-4C2D-9E4F-6A8B0C2D4E6F",
});

export const presetIdInput = idInput({
  label: "Preset ID",
  comments:
    "The ID of the job preset the job is created from (it defines the job's stages). The list only shows presets that existing jobs use; type any other preset ID.",
  dataSource: "selectJobPreset",
  example: "8C1D3E5F-7A9B-4C2D-9E4F-6A8B0C2D4E6F",
});

export const jobNameInput = requiredTextInput({
  label: "Name",
  comments: "The name of the job.",
  example: "Spring hero banner",
});

export const newJobNameInput = textInput({
  label: "Name",
  comments: "The new name of the job. Leave blank to keep the current name.",
  example: "Spring hero banner",
});

export const jobDescriptionInput = textInput({
  label: "Description",
  comments: "The description of the job.",
  example: "Homepage hero banner, three sizes.",
});

export const newJobDescriptionInput = textInput({
  label: "Description",
  comments: "The new description of the job. Leave blank to keep the current description.",
  example: "Homepage hero banner, three sizes.",
});

export const jobCampaignIdInput = idInput({
  label: "Campaign ID",
  comments: "The ID of the campaign the job is part of.",
  dataSource: "selectCampaign",
  example: "3F9A1C7E-5B2D-4E8F-A06B-1C2D3E4F5A6B",
});

export const newJobCampaignIdInput = optionalCampaignIdInput(
  "The ID of the campaign to move the job to. Leave blank to keep its campaign.",
);

export const accountableIdInput = workflowUserIdInput(
  "Accountable ID",
  "The workflow user accountable for the job (a workflow user ID, from List Workflow Users).",
  true,
);

export const newAccountableIdInput = workflowUserIdInput(
  "Accountable ID",
  "The workflow user accountable for the job (a workflow user ID). Leave blank to keep the current one.",
  false,
);

/** A stage object in Data must carry one of Bynder's five statuses; anything else fails before any request. */
export function checkStages(data: Record<string, unknown> | undefined): void {
  for (const key of ["activeStage", "nextStage", "previousStage"]) {
    const stage = data?.[key];
    if (stage === undefined || stage === null) continue;
    if (typeof stage !== "object" || Array.isArray(stage))
      throw new InputError(
        "Data",
        `has a ${key} that is not an object like {"id": "...", "status": "Active"}.`,
      );
    const status = (stage as Record<string, unknown>).status;
    if (status !== undefined && !STAGE_STATUSES.includes(status as StageStatus))
      throw new InputError(
        "Data",
        `has ${key}.status "${String(status)}"; it must be one of ${STAGE_STATUSES.join(", ")}.`,
      );
  }
}

export const createJobDataInput = jsonObjectInput({
  label: "Data",
  comments:
    "Additional fields for the new job, as a JSON object: deadline (ISO 8601), jobMetaproperties ({metapropertyId: value}) or stages ([{preset_stage_id, name, responsibleID, responsibleGroupID, deadline}]). It must not repeat a field an input above sets.",
  example: '{"deadline": "2026-03-20", "jobMetaproperties": {}}',
});

export const updateJobDataInput = jsonObjectInput({
  label: "Data",
  comments:
    'Additional fields to update, as a JSON object; only the fields given change, and it must not repeat a field an input above sets. To move a job on, set activeStage, nextStage or previousStage to {"id": <stage ID from Get Job Stages>, "status": Idle, Active, Cancelled, Approved or NeedsChanges}.',
  example:
    '{"previousStage": {"id": "1A2B3C4D-5E6F-4A7B-8C9D-0E1F2A3B4C5D", "status": "Approved"}, "activeStage": {"id": "2B3C4D5E-6F7A-4B8C-9D0E-1F2A3B4C5D6E", "status": "Active"}}',
});

export const jobLimitInput = integerInput({
  label: "Limit",
  comments:
    "Maximum number of jobs per page. Maximum: 1000. Default: 50. Ignored when Fetch All is on.",
  min: 1,
  max: 1000,
  example: "50",
});

export const jobStatusFilterInput = valueListInput({
  label: "Status",
  comments: `Only return jobs whose active stage has one of these statuses: ${STAGE_STATUSES.join(", ")}.`,
  values: STAGE_STATUSES,
  example: "Active",
});

export const accountableIdsFilterInput = valueListInput({
  label: "Accountable IDs",
  comments: "Only return jobs one of these workflow users is accountable for.",
  dataSource: "selectWorkflowUser",
  example: "2A4C6E8F-1B3D-4F5A-8C7E-9D0F1A2B3C4D",
});

export const jobOrderByInput = choiceInput({
  label: "Order By",
  comments: "The order of the returned jobs. Leave blank for Bynder's default order.",
  options: [
    { label: "Date modified, newest first", value: "dateModified desc" },
    { label: "Date modified, oldest first", value: "dateModified asc" },
    { label: "Date created, newest first", value: "dateCreated desc" },
    { label: "Date created, oldest first", value: "dateCreated asc" },
    { label: "Deadline, soonest first", value: "deadline asc" },
    { label: "Deadline, latest first", value: "deadline desc" },
    { label: "Name, A to Z", value: "name asc" },
    { label: "Name, Z to A", value: "name desc" },
  ],
});

/** The filters both job lists take, keyed as Bynder names them in the query. */
export const jobFilterInputs = {
  dateCreatedFrom: isoDateInput(
    "Date Created From",
    "Only return jobs created after this date.",
    "2026-03-01T00:00:00Z",
  ),
  dateCreatedTo: isoDateInput(
    "Date Created To",
    "Only return jobs created before this date.",
    "2026-03-31T23:59:59Z",
  ),
  dateModifiedFrom: isoDateInput(
    "Date Modified From",
    "Only return jobs modified after this date.",
    "2026-03-01T00:00:00Z",
  ),
  dateModifiedTo: isoDateInput(
    "Date Modified To",
    "Only return jobs modified before this date.",
    "2026-03-31T23:59:59Z",
  ),
  deadlineFrom: isoDateInput(
    "Deadline From",
    "Only return jobs with a deadline after this date.",
    "2026-03-01T00:00:00Z",
  ),
  deadlineTo: isoDateInput(
    "Deadline To",
    "Only return jobs with a deadline before this date.",
    "2026-03-31T23:59:59Z",
  ),
  accountableIDs: accountableIdsFilterInput,
  status: jobStatusFilterInput,
  orderBy: jobOrderByInput,
};

export const jobFilterQuery = Object.fromEntries(
  Object.keys(jobFilterInputs).map((k) => [k, k]),
) as Record<keyof typeof jobFilterInputs, keyof typeof jobFilterInputs>;

/** A job with its stages and metaproperties is ~1.5 KB in Bynder's examples; assumed ~4 KB at worst. */
export const maxJobsInput = bynderMaxItems({
  noun: "jobs",
  default: 5_000,
  max: 10_000,
  itemKb: 4,
});

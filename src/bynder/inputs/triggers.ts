import { booleanInput, choiceInput } from "../../core/inputs/factories";
import { isoDateInput } from "./assets";

export const POLL_RESOURCES = ["assets", "collections", "campaigns", "jobs", "orders"] as const;
export type PollResource = (typeof POLL_RESOURCES)[number];

export const pollResourceTypeInput = choiceInput<PollResource>({
  label: "Resource Type",
  comments:
    "The kind of Bynder record to watch. Assets and jobs are read incrementally (the cost follows the number of changes). Collections and campaigns are compared with the previous poll (the cost follows the number of records). Orders report new orders only: Bynder gives orders no modified date, so updated orders are not available.",
  options: [
    { label: "Assets", value: "assets" },
    { label: "Collections", value: "collections" },
    { label: "Campaigns", value: "campaigns" },
    { label: "Jobs", value: "jobs" },
    { label: "Orders", value: "orders" },
  ],
  required: true,
  default: "assets",
});

export const showNewRecordsInput = booleanInput({
  label: "Show New Records",
  comments: "Whether to include records created since the last poll in the Created output.",
  default: "true",
});

export const showUpdatedRecordsInput = booleanInput({
  label: "Show Updated Records",
  comments:
    "Whether to include records modified since the last poll in the Updated output. Not available for orders.",
  default: "true",
});

export const startFromInput = isoDateInput(
  "Start From",
  "Optional backfill for assets and jobs: the first poll reports every record modified since this date. Leave blank to start from now (the first poll then reports nothing).",
  "2026-03-01T00:00:00Z",
);

export const includeDeletedInput = booleanInput({
  label: "Include Deleted",
  comments:
    "Assets only: also report assets removed since the last poll (from Bynder's trash, which keeps 30 days), in the Deleted output. Reading the trash needs the asset:read scope (a default) and, for the connected user, the trash.assets permission in Bynder.",
  default: "false",
});

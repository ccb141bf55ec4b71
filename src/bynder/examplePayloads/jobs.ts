import { CAMPAIGN_ID } from "./campaigns";

export type StageStatus = "Idle" | "Active" | "Cancelled" | "Approved" | "NeedsChanges";

export interface JobStageRef {
  id: string;
  position: number;
  status: StageStatus;
}

/** A workflow job as GET /api/workflow/jobs/{id} returns it. */
export interface Job {
  id: string;
  name: string;
  campaignID?: string;
  accountableID?: string;
  presetID?: string | null;
  job_stages?: JobStageRef[];
  [field: string]: unknown;
}

export const JOB_ID = "6E2B9D4F-1A3C-4E5B-8D7F-0A1B2C3D4E5F";
export const PRESET_ID = "8C1D3E5F-7A9B-4C2D-9E4F-6A8B0C2D4E6F";
const STAGE_IDS = ["1A2B3C4D-5E6F-4A7B-8C9D-0E1F2A3B4C5D", "2B3C4D5E-6F7A-4B8C-9D0E-1F2A3B4C5D6E"];
export const WORKFLOW_USER_ID = "2A4C6E8F-1B3D-4F5A-8C7E-9D0F1A2B3C4D";

export const jobExample: Job = {
  id: JOB_ID,
  name: "Spring hero banner",
  description: "Homepage hero banner, three sizes.",
  deadline: "2026-03-20",
  createdByID: WORKFLOW_USER_ID,
  accountableID: WORKFLOW_USER_ID,
  dateCreated: "2026-02-22T09:00:12+00:00",
  dateModified: "2026-02-23T15:31:40+00:00",
  basedOnPreset: true,
  presetID: PRESET_ID,
  campaignID: CAMPAIGN_ID,
  jobKey: "SPR6-1",
  dateFinished: null,
  jobFinishedHistory: null,
  job_stages: [
    { position: 1, status: "Active", id: STAGE_IDS[0] },
    { position: 2, status: "Idle", id: STAGE_IDS[1] },
  ],
  job_previous_stage: null,
  job_active_stage: { position: 1, status: "Active", id: STAGE_IDS[0] },
  job_next_stage: { position: 2, status: "Idle", id: STAGE_IDS[1] },
  jobMetaproperties: {},
};

export const jobListExample: Job[] = [jobExample];

/** Bynder's own answers: Create Job returns the job ID only (the action returns the job). */
export const jobCreatedAnswer = { status: "Created", job_id: JOB_ID };
export const jobUpdatedExample = { status: "Updated", job_id: JOB_ID };
export const jobFinishedExample = { status: "Finished", job_id: JOB_ID };
export const jobDeletedExample = { deleted: true, id: JOB_ID };

export const jobPresetExample = {
  ID: PRESET_ID,
  name: "Banner production",
  ftp_settings: {},
  wf_uuid: "0F1E2D3C-4B5A-4968-8776-5A4B3C2D1E0F",
  presetstages: [
    {
      ID: "3C4D5E6F-7A8B-4C9D-8E0F-2A3B4C5D6E7F",
      name: "Design",
      description: "",
      position: "1.0",
      editableBy: "all",
      restrictToGroupID: null,
      type: "upload",
      responsibleID: null,
      responsibleGroupID: null,
    },
    {
      ID: "4D5E6F7A-8B9C-4D0E-9F1A-3B4C5D6E7F8A",
      name: "Review",
      description: "Brand team approval",
      position: "2.0",
      editableBy: "all",
      restrictToGroupID: null,
      type: "approve",
      responsibleID: null,
      responsibleGroupID: null,
    },
  ],
};

export const jobStagesExample = [
  {
    id: STAGE_IDS[0],
    name: "Design",
    description: "",
    deadline: null,
    dateCreated: "2026-02-22T09:00:12+00:00",
    createdByID: WORKFLOW_USER_ID,
    status: "Active",
    position: 1,
    responsible: { id: WORKFLOW_USER_ID, type: "user" },
  },
  {
    id: STAGE_IDS[1],
    name: "Review",
    description: "Brand team approval",
    deadline: "2026-03-18T17:00:00+00:00",
    dateCreated: "2026-02-22T09:00:12+00:00",
    createdByID: WORKFLOW_USER_ID,
    status: "Idle",
    position: 2,
    responsible: { id: "5E6F7A8B-9C0D-4E1F-8A2B-4C5D6E7F8A9B", type: "group" },
  },
];

export const jobMediaExample = [
  {
    id: "7F8A9B0C-1D2E-4F3A-9B4C-5D6E7F8A9B0C",
    filename: "hero-banner-1920.png",
    uploader_name: "Jane Doe",
    responsible_name: "Jane Doe",
    dateCreated: "2026-02-24T10:15:00+00:00",
    dateModified: "2026-02-24T10:18:22+00:00",
    orientation: "landscape",
    original_url: "https://acme.bynder.com/workflow/media/hero-banner-1920.png",
    status: "AwaitingApproval",
    versionParentID: null,
    version: 1,
    previews: [
      { type: "thumbnail", url: "https://acme.bynder.com/workflow/preview/thumb.png" },
      { type: "preview", url: "https://acme.bynder.com/workflow/preview/preview.png" },
    ],
    sub_versions: [],
  },
];

/** A workflow user as GET /api/workflow/users/ lists it (IDs differ from asset-bank user IDs). */
export interface WorkflowUser {
  ID: string;
  fullname?: string;
  BynderUser?: {
    firstName?: string;
    lastName?: string;
    infix?: string;
    email?: string;
    id?: string;
  };
  [field: string]: unknown;
}

export const workflowUserListExample: WorkflowUser[] = [
  {
    ID: WORKFLOW_USER_ID,
    fullname: "Jane Doe",
    BynderUser: {
      firstName: "Jane",
      lastName: "Doe",
      infix: "",
      email: "jane.doe@acme.com",
      id: "8B2D4F6A-1C3E-4A5B-9D7F0E2C4A6B8D1F",
    },
  },
];

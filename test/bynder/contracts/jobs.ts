import { CAMPAIGN_ID } from "../../../src/bynder/examplePayloads/campaigns";
import {
  JOB_ID,
  jobCreatedAnswer,
  jobExample,
  jobFinishedExample,
  jobMediaExample,
  jobPresetExample,
  jobStagesExample,
  jobUpdatedExample,
  PRESET_ID,
  WORKFLOW_USER_ID,
  workflowUserListExample,
} from "../../../src/bynder/examplePayloads/jobs";
import type { Contracts } from "./types";

const STAGE_1 = jobStagesExample[0].id;
const STAGE_2 = jobStagesExample[1].id;
/** A full page of 100 jobs, then a short one, proves Fetch All follows the X-Pagination pages. */
const fullPage = Array.from({ length: 100 }, (_, i) => ({ ...jobExample, id: `JOB-${i}` }));
const pageHeaders = (page: number) => ({
  "X-Pagination-TotalRecords": "101",
  "X-Pagination-TotalPages": "2",
  "X-Pagination-Page": String(page),
  "X-Pagination-Limit": "100",
});

export const jobsContracts: Contracts = {
  createJob: {
    inputs: {
      name: "Spring hero banner",
      campaignId: CAMPAIGN_ID,
      accountableId: WORKFLOW_USER_ID,
      presetId: PRESET_ID,
      description: "Homepage hero banner, three sizes.",
      data: '{"deadline": "2026-03-20"}',
    },
    requests: [
      {
        method: "POST",
        path: "/api/workflow/jobs",
        encoding: "json",
        body: {
          name: "Spring hero banner",
          campaignID: CAMPAIGN_ID,
          accountableID: WORKFLOW_USER_ID,
          presetID: PRESET_ID,
          description: "Homepage hero banner, three sizes.",
          deadline: "2026-03-20",
        },
        reply: { status: 201, body: jobCreatedAnswer },
      },
      { method: "GET", path: `/api/workflow/jobs/${JOB_ID}`, reply: { body: jobExample } },
    ],
  },
  getJob: {
    inputs: { id: JOB_ID },
    requests: [
      { method: "GET", path: `/api/workflow/jobs/${JOB_ID}`, reply: { body: jobExample } },
    ],
  },
  deleteJob: {
    inputs: { id: JOB_ID },
    requests: [
      { method: "DELETE", path: `/api/workflow/jobs/${JOB_ID}`, reply: { status: 204, body: "" } },
    ],
  },
  getJobPreset: {
    inputs: { id: PRESET_ID },
    requests: [
      {
        method: "GET",
        path: `/api/workflow/presets/job/${PRESET_ID}`,
        reply: { body: jobPresetExample },
      },
    ],
  },
  getMediaOfJob: {
    inputs: { id: JOB_ID },
    requests: [
      {
        method: "GET",
        path: `/api/workflow/jobs/${JOB_ID}/media`,
        reply: { body: jobMediaExample },
      },
    ],
  },
  getJobStages: {
    inputs: { id: JOB_ID },
    requests: [
      {
        method: "GET",
        path: `/api/workflow/jobs/${JOB_ID}/stages`,
        reply: { body: jobStagesExample },
      },
    ],
  },
  finishJob: {
    inputs: { id: JOB_ID },
    requests: [
      {
        method: "PATCH",
        path: `/api/workflow/jobs/${JOB_ID}/finish`,
        encoding: "json",
        body: { status: "Finished", job_id: JOB_ID },
        reply: { body: jobFinishedExample },
      },
    ],
  },
  // Fetch All is off by default: one page, with every filter.
  listJobs: {
    inputs: {
      page: "2",
      limit: "25",
      dateCreatedFrom: "2026-03-01T00:00:00Z",
      dateCreatedTo: "2026-03-31T23:59:59Z",
      dateModifiedFrom: "2026-03-02",
      dateModifiedTo: "2026-03-30",
      deadlineFrom: "2026-04-01",
      deadlineTo: "2026-04-30",
      accountableIDs: [WORKFLOW_USER_ID, "3B5D7F9A-2C4E-4A6B-8D0F-1E3A5C7E9B2D"],
      status: ["Active", "NeedsChanges"],
      orderBy: "deadline asc",
      extraParameters: [{ key: "resonsibleIDs", value: WORKFLOW_USER_ID }],
    },
    requests: [
      {
        method: "GET",
        path: "/api/workflow/jobs",
        query: {
          page: "2",
          limit: "25",
          dateCreatedFrom: "2026-03-01T00:00:00Z",
          dateCreatedTo: "2026-03-31T23:59:59Z",
          dateModifiedFrom: "2026-03-02",
          dateModifiedTo: "2026-03-30",
          deadlineFrom: "2026-04-01",
          deadlineTo: "2026-04-30",
          accountableIDs: `${WORKFLOW_USER_ID},3B5D7F9A-2C4E-4A6B-8D0F-1E3A5C7E9B2D`,
          status: "Active,NeedsChanges",
          orderBy: "deadline asc",
          resonsibleIDs: WORKFLOW_USER_ID,
        },
        reply: { body: [jobExample], headers: pageHeaders(2) },
      },
    ],
  },
  listJobsByCampaign: {
    inputs: { id: CAMPAIGN_ID, page: "3", limit: "10", fetchAll: "true", status: ["Active"] },
    requests: [
      {
        method: "GET" as const,
        path: `/api/workflow/campaigns/${CAMPAIGN_ID}/jobs`,
        query: { status: "Active", page: "1", limit: "100", orderBy: "dateCreated asc" },
        reply: { body: fullPage, headers: pageHeaders(1) },
      },
      // The next window reads the last 25 of page 1 again, which joins the two reads.
      {
        method: "GET" as const,
        path: `/api/workflow/campaigns/${CAMPAIGN_ID}/jobs`,
        query: { status: "Active", page: "2", limit: "75", orderBy: "dateCreated asc" },
        reply: { body: [...fullPage.slice(75), jobExample], headers: pageHeaders(2) },
      },
    ],
    expected: [...fullPage, jobExample],
  },
  listWorkflowUsers: {
    inputs: {},
    requests: [
      { method: "GET", path: "/api/workflow/users/", reply: { body: workflowUserListExample } },
    ],
  },
  updateJob: {
    inputs: {
      id: JOB_ID,
      name: "",
      campaignId: "",
      accountableId: WORKFLOW_USER_ID,
      description: "",
      data: JSON.stringify({
        previousStage: { id: STAGE_1, status: "Approved" },
        activeStage: { id: STAGE_2, status: "Active" },
      }),
    },
    requests: [
      {
        method: "PUT",
        path: `/api/workflow/jobs/${JOB_ID}`,
        encoding: "json",
        // Blank inputs are not sent: the job PUT is partial.
        body: {
          accountableID: WORKFLOW_USER_ID,
          previousStage: { id: STAGE_1, status: "Approved" },
          activeStage: { id: STAGE_2, status: "Active" },
        },
        reply: { body: jobUpdatedExample },
      },
    ],
  },
};

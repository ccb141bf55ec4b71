import { JOB_PAGE_SIZE } from "../../actions/jobs/jobPaging";
import type { Job } from "../../examplePayloads/jobs";
import { optionalIdInput } from "../../../core/inputs/factories";
import { picklist } from "../../../core/dataSources/picklist";

export const selectJob = picklist({
  label: "Select Job",
  description:
    "Pick a workflow job, most recently modified first (up to 1,000), from one campaign when a Campaign ID is given.",
  inputs: {
    campaignId: optionalIdInput({
      label: "Campaign ID",
      comments: "Only list the jobs of this campaign. Leave blank to list jobs of every campaign.",
      dataSource: "selectCampaign",
      example: "3F9A1C7E-5B2D-4E8F-A06B-1C2D3E4F5A6B",
    }),
  },
  maxRequests: 10,
  order: "bynder",
  more: { noun: "jobs" },
  pages: {
    request: (params) =>
      params.campaignId
        ? {
            path: "/api/workflow/campaigns/{id}/jobs",
            pathParams: { id: params.campaignId },
            query: { orderBy: "dateModified desc" },
          }
        : { path: "/api/workflow/jobs", query: { orderBy: "dateModified desc" } },
    style: "headers",
    pageSize: JOB_PAGE_SIZE,
  },
  element: (job: Job) => ({
    key: job.id,
    label: `${job.name?.trim() || job.id}${job.jobKey ? ` (${job.jobKey})` : ""}`,
  }),
  example: [{ key: "6E2B9D4F-1A3C-4E5B-8D7F-0A1B2C3D4E5F", label: "Spring hero banner (SPR6-1)" }],
});

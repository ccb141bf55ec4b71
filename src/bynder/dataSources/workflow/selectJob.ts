import { CAMPAIGNS_PATH, JOBS_PATH } from "../../endpoints";
import { jobPaging } from "../../paging";
import type { Job } from "../../examplePayloads/jobs";
import { optionalIdInput } from "../../../core/inputs/factories";
import { picklist } from "../picklist";

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
  order: "api",
  more: { noun: "jobs" },
  pages: {
    request: (params) =>
      params.campaignId
        ? {
            path: `${CAMPAIGNS_PATH}/{id}/jobs`,
            pathParams: { id: params.campaignId },
            query: { orderBy: "dateModified desc" },
          }
        : { path: JOBS_PATH, query: { orderBy: "dateModified desc" } },
    ...jobPaging,
  },
  element: (job: Job) => ({
    key: job.id,
    label: `${job.name?.trim() || job.id}${job.jobKey ? ` (${job.jobKey})` : ""}`,
  }),
  example: [{ key: "6E2B9D4F-1A3C-4E5B-8D7F-0A1B2C3D4E5F", label: "Spring hero banner (SPR6-1)" }],
});

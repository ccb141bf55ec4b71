import { jobListExample } from "../../examplePayloads/jobs";
import { extraParametersInput, fetchAllInput, pageInput } from "../../inputs/common";
import { jobFilterInputs, jobFilterQuery, jobLimitInput, maxJobsInput } from "../../inputs/jobs";
import { bynderAction } from "../bynderAction";
import { JOB_PAGE_SIZE } from "./jobPaging";

export const listJobs = bynderAction({
  label: "List Jobs",
  description:
    "List workflow jobs, filtered by dates, accountable users or status, one page at a time or every page with Fetch All.",
  inputs: {
    page: pageInput,
    limit: jobLimitInput,
    ...jobFilterInputs,
    // Off by default so a step configured before Fetch All existed still returns one page.
    fetchAll: fetchAllInput,
    maxItems: maxJobsInput,
    extraParameters: extraParametersInput,
  },
  method: "GET",
  path: "/api/workflow/jobs",
  query: { page: "page", limit: "limit", ...jobFilterQuery },
  extraQueryInput: "extraParameters",
  pagination: {
    style: "headers",
    pageSize: JOB_PAGE_SIZE,
    fetchAllInput: "fetchAll",
    maxItemsInput: "maxItems",
    noun: "jobs",
    defaultOrder: "dateCreated asc",
  },
  examplePayload: { data: jobListExample },
});

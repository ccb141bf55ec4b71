import { extraParametersInput, fetchAllInput, pageInput } from "../../inputs/common";
import { jobFilterInputs, jobFilterQuery, jobLimitInput, maxJobsInput } from "../../inputs/jobs";
import type { Pagination } from "../../../core/actions/actionSpec";
import { jobPaging } from "../../paging";

/** What List Jobs and List Jobs By Campaign both take: paging, filters, Fetch All. */
export const jobListInputs = {
  page: pageInput,
  limit: jobLimitInput,
  ...jobFilterInputs,
  // Off by default so a step configured before Fetch All existed still returns one page.
  fetchAll: fetchAllInput,
  maxItems: maxJobsInput,
  extraParameters: extraParametersInput,
};

export const jobListQuery = { page: "page", limit: "limit", ...jobFilterQuery } as const;

export const jobListPagination = {
  ...jobPaging,
  fetchAllInput: "fetchAll",
  maxItemsInput: "maxItems",
  noun: "jobs",
  defaultOrder: "dateCreated asc",
} as const satisfies Pagination<typeof jobListInputs>;

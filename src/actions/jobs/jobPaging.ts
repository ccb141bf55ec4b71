/** Page size for Fetch All and dropdowns on job lists: Bynder documents no maximum, and 100 is its own example. */
export const JOB_PAGE_SIZE = 100;

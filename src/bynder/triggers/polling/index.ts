import { newAndUpdatedRecords } from "./newAndUpdatedRecords";

/** Polling triggers, keyed by the camelCase of their label. */
export default { newAndUpdatedRecords };

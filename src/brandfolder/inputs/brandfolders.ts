import { flagInput } from "../../core/inputs/factories";

export const includeOrganizationInput = flagInput({
  label: "Include Organization",
  comments:
    "Return each Brandfolder's organization too, under related.organization (sends include=organization).",
});

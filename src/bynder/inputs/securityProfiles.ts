import { idInput, optionalIdInput } from "../../core/inputs/factories";

const PROFILE_EXAMPLE = "3C1A5E7B-9D2F-4A6C-8E0B1D3F5A7C9E2B";
const USER_PROFILE_COMMENT =
  "Security profile ID that determines the user's rights. Pick one from the list or use List Security Profiles.";

export const securityProfileIdInput = idInput({
  label: "Security Profile ID",
  comments: "The ID of the security profile to retrieve.",
  dataSource: "selectSecurityProfile",
  example: PROFILE_EXAMPLE,
});

/** The profile a user gets, as Create User asks for it. */
export const userProfileIdInput = idInput({
  label: "Profile ID",
  comments: USER_PROFILE_COMMENT,
  dataSource: "selectSecurityProfile",
  example: PROFILE_EXAMPLE,
});

/** Update User: blank keeps the user's current profile. */
export const optionalUserProfileIdInput = optionalIdInput({
  label: "Profile ID",
  comments: `${USER_PROFILE_COMMENT} Leave blank to keep the current profile.`,
  dataSource: "selectSecurityProfile",
  example: PROFILE_EXAMPLE,
});

import { updateUserExample } from "../../examplePayloads/users";
import { InputError } from "../../../core/inputs/clean";
import { optionalUserProfileIdInput } from "../../inputs/securityProfiles";
import {
  optionalFirstNameInput,
  optionalLastNameInput,
  optionalUserEmailInput,
  optionalUsernameInput,
  optionalUserPasswordInput,
  userDataInput,
  userIdInput,
} from "../../inputs/users";
import { bynderAction } from "../bynderAction";
import { USER_FIELDS, userBody } from "./userFields";

export const updateUser = bynderAction({
  label: "Update User",
  description:
    "Change an existing user's login, security profile, name or other fields; fields left blank stay unchanged.",
  inputs: {
    id: { ...userIdInput, comments: "The ID of the user to update." },
    email: optionalUserEmailInput,
    password: optionalUserPasswordInput,
    profileId: optionalUserProfileIdInput,
    firstname: optionalFirstNameInput,
    lastname: optionalLastNameInput,
    username: optionalUsernameInput,
    data: userDataInput,
  },
  method: "POST",
  path: "/api/v4/users/{id}/",
  body: userBody,
  dataInput: "data",
  encoding: "form",
  validate: (p) => {
    if (USER_FIELDS.every((f) => p[f] === undefined) && p.data === undefined) {
      throw new InputError(
        "Email",
        'is blank, and so are "Password", "Profile ID", "First Name", "Last Name", "Username" and "Data": fill in at least one field to change.',
      );
    }
  },
  examplePayload: { data: updateUserExample },
});

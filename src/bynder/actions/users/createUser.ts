import { createUserExample } from "../../examplePayloads/users";
import { userProfileIdInput } from "../../inputs/securityProfiles";
import {
  firstNameInput,
  lastNameInput,
  userDataInput,
  userEmailInput,
  usernameInput,
  userPasswordInput,
} from "../../inputs/users";
import { bynderAction } from "../bynderAction";
import { userBody } from "./userFields";
import { USERS_PATH } from "../../endpoints";

export const createUser = bynderAction({
  label: "Create User",
  description:
    "Create a user with a login, a security profile and a name, and return the new user's ID and username.",
  inputs: {
    email: userEmailInput,
    password: userPasswordInput,
    profileId: userProfileIdInput,
    firstname: firstNameInput,
    lastname: lastNameInput,
    username: usernameInput,
    data: userDataInput,
  },
  method: "POST",
  path: USERS_PATH,
  body: userBody,
  dataInput: "data",
  encoding: "form",
  examplePayload: { data: createUserExample },
});

import {
  emailInput,
  idInput,
  integerInput,
  jsonObjectInput,
  passwordInput,
  requiredTextInput,
  textInput,
} from "../../core/inputs/factories";

const UNCHANGED = " Leave blank to keep the current value.";

/** Bynder accepts the user's ID or username wherever a user is addressed by path. */
export const userIdInput = idInput({
  label: "ID",
  comments:
    "The ID or username of the user. Pick one from the list or map it from an earlier step.",
  dataSource: "selectUser",
  example: "8B2D4F6A-1C3E-4A5B-9D7F0E2C4A6B8D1F",
});

export const userEmailInput = emailInput({
  label: "Email",
  required: true,
  comments: "Email address for login.",
  example: "jane.doe@acme.com",
});

export const optionalUserEmailInput = emailInput({
  label: "Email",
  required: false,
  comments: `Email address for login.${UNCHANGED}`,
  example: "jane.doe@acme.com",
});

// No example: a password must never appear in generated docs or payloads.
export const userPasswordInput = passwordInput({
  label: "Password",
  required: true,
  comments: "Password for login. It is sent to Bynder only and never logged.",
});

export const optionalUserPasswordInput = passwordInput({
  label: "Password",
  required: false,
  comments: `New password for login. It is sent to Bynder only and never logged.${UNCHANGED}`,
});

export const firstNameInput = requiredTextInput({
  label: "First Name",
  comments: "First name of the user.",
  example: "Jane",
});

export const optionalFirstNameInput = textInput({
  label: "First Name",
  comments: `First name of the user.${UNCHANGED}`,
  example: "Jane",
});

export const lastNameInput = requiredTextInput({
  label: "Last Name",
  comments: "Last name of the user.",
  example: "Doe",
});

export const optionalLastNameInput = textInput({
  label: "Last Name",
  comments: `Last name of the user.${UNCHANGED}`,
  example: "Doe",
});

export const usernameInput = textInput({
  label: "Username",
  comments: "Username for login. If left blank, Bynder uses the email address as username.",
  example: "jane.doe",
});

export const optionalUsernameInput = textInput({
  label: "Username",
  comments: `Username for login.${UNCHANGED}`,
  example: "jane.doe",
});

export const userDataInput = jsonObjectInput({
  label: "Data",
  comments:
    "Extra user fields to include in the request, such as job, department, phoneNumber, language, groupIds or active (1 or 0). Must be a valid JSON object.",
  example: '{"job": "Brand manager", "department": "Marketing", "language": "en_US"}',
});

export const userLimitInput = integerInput({
  label: "Limit",
  comments:
    "Maximum number of users to return on the page. Bynder's default is 100. Ignored when Fetch All is on.",
  min: 1,
  example: "100",
});

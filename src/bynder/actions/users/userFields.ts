/** The form fields Create User and Update User send; each comes from the input of the same key. */
export const USER_FIELDS = [
  "email",
  "password",
  "profileId",
  "firstname",
  "lastname",
  "username",
] as const;

export const userBody = Object.fromEntries(USER_FIELDS.map((f) => [f, f])) as Record<
  (typeof USER_FIELDS)[number],
  (typeof USER_FIELDS)[number]
>;

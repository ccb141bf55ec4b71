/** A user as GET /api/v4/users/{id}/ and GET /api/v4/currentUser/ return it. */
export interface BynderUser {
  id: string;
  username: string;
  email: string;
  firstname: string;
  infix?: string;
  lastname: string;
  profileId: string;
  active: boolean;
  isSSOOnly: boolean;
  language?: string;
  timeZone?: string;
  lastLogin?: string;
  groups: { id: string; name: string }[];
  [field: string]: unknown;
}

/** A user as an item of GET /api/v4/users/ (a shorter shape; `active` is 1 or 0 there). */
export interface BynderUserListItem {
  id: string;
  name: string;
  username: string;
  email: string;
  active: number;
  profileId: string;
  isSSOOnly: boolean;
  groups: { id: string; name: string }[];
  [field: string]: unknown;
}

const marketingGroup = { id: "2F4A6C8E-0B1D-4F3A-8C5E7A9B1D3F5A7C", name: "Marketing" };

export const userExample: BynderUser = {
  id: "8B2D4F6A-1C3E-4A5B-9D7F0E2C4A6B8D1F",
  username: "jane.doe",
  email: "jane.doe@acme.com",
  firstname: "Jane",
  infix: "",
  lastname: "Doe",
  profileId: "3C1A5E7B-9D2F-4A6C-8E0B1D3F5A7C9E2B",
  active: true,
  isSSOOnly: false,
  language: "en_US",
  timeZone: "Europe/Amsterdam",
  lastLogin: "2026-03-11T08:42:17Z",
  job: "Brand manager",
  department: "Marketing",
  companyName: "Acme Inc.",
  phoneNumber: "+31 20 123 4567",
  groups: [marketingGroup],
};

export const currentUserExample: BynderUser = {
  ...userExample,
  id: "1A3C5E7B-2D4F-4B6A-8C0E2A4C6E8B0D2F",
  username: "integration.bot",
  email: "integration.bot@acme.com",
  firstname: "Integration",
  lastname: "Bot",
  profileId: "6D8F0A2C-4E6B-4D8F-A1C3E5B7D9F1A3C5",
  job: "Service account",
  department: "IT",
  groups: [],
};

export const userListItemExample: BynderUserListItem = {
  id: userExample.id,
  name: "Jane Doe",
  username: userExample.username,
  email: userExample.email,
  active: 1,
  profileId: userExample.profileId,
  isSSOOnly: false,
  groups: [marketingGroup],
};

export const userListExample: BynderUserListItem[] = [
  userListItemExample,
  {
    id: "4C6E8A0B-3D5F-4C7A-9E1B3D5F7A9C1E3B",
    name: "Sam Rivera",
    username: "sam.rivera",
    email: "sam.rivera@acme.com",
    active: 1,
    profileId: "6D8F0A2C-4E6B-4D8F-A1C3E5B7D9F1A3C5",
    isSSOOnly: true,
    groups: [],
  },
];

/** What Create User (201) and Update User (202) return. */
export interface UserWriteResult {
  id: string;
  username: string;
}

export const createUserExample: UserWriteResult = {
  id: "9E1B3D5F-7A2C-4E6B-8D0F2B4D6F8A0C2E",
  username: "alex.morgan",
};

export const updateUserExample: UserWriteResult = {
  id: userExample.id,
  username: userExample.username,
};

/** Delete User answers 204 without a body; the action returns this confirmation instead. */
export interface DeletedUser {
  deleted: true;
  id: string;
}

export const deleteUserExample: DeletedUser = { deleted: true, id: userExample.id };

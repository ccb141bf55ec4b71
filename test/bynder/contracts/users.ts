import {
  type BynderUserListItem,
  createUserExample,
  currentUserExample,
  deleteUserExample,
  updateUserExample,
  userExample,
  userListItemExample,
} from "../../../src/bynder/examplePayloads/users";
import type { Contracts } from "./types";

const ID = userExample.id;
// Test-only value; never a real credential.
const PASSWORD = "test-only-pass-1";

/** A full page of 100 users (Bynder's page size for Fetch All), then a short page. */
const fullPage: BynderUserListItem[] = Array.from({ length: 100 }, (_, i) => ({
  ...userListItemExample,
  id: `00000000-0000-4000-8000-${String(i).padStart(12, "0")}`,
  name: `User ${i}`,
  username: `user${i}`,
  email: `user${i}@acme.com`,
}));
const lastPage: BynderUserListItem[] = [{ ...userListItemExample, active: 0 }];

export const usersContracts: Contracts = {
  getCurrentUser: {
    inputs: {},
    requests: [
      { method: "GET", path: "/api/v4/currentUser/", reply: { body: currentUserExample } },
    ],
  },
  getUser: {
    // Addressed by username: an email-style username is URL-encoded into the path.
    inputs: { id: "jane.doe+dam@acme.com" },
    requests: [
      {
        method: "GET",
        path: "/api/v4/users/jane.doe%2Bdam%40acme.com/",
        reply: { body: userExample },
      },
    ],
  },
  listUsers: {
    inputs: { fetchAll: "true", includeInactive: "true", page: "3", limit: "25" },
    requests: [
      {
        method: "GET",
        path: "/api/v4/users/",
        query: { includeInActive: "true", page: "1", limit: "100" },
        reply: {
          body: fullPage,
          headers: { "X-Pagination-TotalRecords": "101", "X-Pagination-TotalPages": "2" },
        },
      },
      {
        method: "GET",
        path: "/api/v4/users/",
        // The next window reads the last 25 of page 1 again, which joins the two reads.
        query: { includeInActive: "true", page: "2", limit: "75" },
        reply: {
          body: [...fullPage.slice(75), ...lastPage],
          headers: { "X-Pagination-TotalRecords": "101", "X-Pagination-TotalPages": "2" },
        },
      },
    ],
    expected: [...fullPage, ...lastPage],
  },
  createUser: {
    inputs: {
      email: "alex.morgan@acme.com",
      password: PASSWORD,
      profileId: userExample.profileId,
      firstname: "Alex",
      lastname: "Morgan",
      username: "alex.morgan",
      data: '{"job": "Designer", "department": "Marketing", "active": 1}',
    },
    requests: [
      {
        method: "POST",
        path: "/api/v4/users/",
        encoding: "form",
        body: {
          email: "alex.morgan@acme.com",
          password: PASSWORD,
          profileId: userExample.profileId,
          firstname: "Alex",
          lastname: "Morgan",
          username: "alex.morgan",
          job: "Designer",
          department: "Marketing",
          active: "1",
        },
        reply: { status: 201, body: createUserExample },
      },
    ],
  },
  updateUser: {
    // Blank fields stay out of the body so they are not changed.
    inputs: {
      id: ID,
      email: "jane.doe@acme.com",
      password: "",
      profileId: "",
      firstname: "Jane",
      lastname: "",
      username: "",
      data: '{"department": "Brand"}',
    },
    requests: [
      {
        method: "POST",
        path: `/api/v4/users/${ID}/`,
        encoding: "form",
        body: { email: "jane.doe@acme.com", firstname: "Jane", department: "Brand" },
        reply: { status: 202, body: updateUserExample },
      },
    ],
  },
  deleteUser: {
    inputs: { id: ID },
    requests: [
      { method: "DELETE", path: `/api/v4/users/${ID}/`, reply: { status: 204, body: "" } },
    ],
    expected: deleteUserExample,
  },
};

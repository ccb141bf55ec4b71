import { createHarness } from "@prismatic-io/spectral/dist/testing";
import nock from "nock";
import component from "../../../src/bynder";
import type { OrderListItem } from "../../../src/bynder/examplePayloads/orders";
import { orderListItemExample } from "../../../src/bynder/examplePayloads/orders";
import type { BynderUserListItem } from "../../../src/bynder/examplePayloads/users";
import { userListItemExample } from "../../../src/bynder/examplePayloads/users";
import { oauthConnection, PORTAL } from "../../helpers/connections";

const harness = createHarness(component);

const uuid = (i: number) => `00000000-0000-4000-8000-${String(i).padStart(12, "0")}`;

function users(count: number, from = 0): BynderUserListItem[] {
  return Array.from({ length: count }, (_, i) => ({
    ...userListItemExample,
    id: uuid(from + i),
    name: `User ${String(from + i).padStart(3, "0")}`,
    username: `user${from + i}`,
    email: `user${from + i}@acme.com`,
  }));
}

function orders(count: number, from = 0): OrderListItem[] {
  return Array.from({ length: count }, (_, i) => ({
    ...orderListItemExample,
    id: uuid(from + i),
    order_ref: `ORD-${1000 + from + i}`,
    order_status: "Finished",
  }));
}

async function labels(key: string) {
  const { result } = await harness.dataSource(key, { connection: oauthConnection() });
  return result as { key: string; label: string }[];
}

describe("selectUser", () => {
  it("reads the pages of users until a short one and labels each one as Full Name <email>", async () => {
    // Headers that claim one page must not stop the walk: the short second page does.
    const low = { "X-Pagination-TotalPages": "1", "X-Pagination-TotalRecords": "100" };
    const scope = nock(PORTAL)
      .get("/api/v4/users/")
      .query({ page: "1", limit: "100" })
      .reply(200, users(100), low)
      .get("/api/v4/users/")
      .query({ page: "2", limit: "100" })
      .reply(200, [...users(1, 100), { ...userListItemExample, name: "Jane Doe" }], low);

    const result = await labels("selectUser");

    expect(scope.isDone()).toBe(true);
    expect(result).toHaveLength(102);
    expect(result).toContainEqual({
      key: userListItemExample.id,
      label: "Jane Doe <jane.doe@acme.com>",
    });
    expect(result).toContainEqual({ key: uuid(100), label: "User 100 <user100@acme.com>" });
    expect(result.some((r) => r.key === "")).toBe(false);
  });

  it("makes at most 20 requests, then ends with a 'type the ID' element", async () => {
    const scope = nock(PORTAL);
    for (let page = 1; page <= 20; page++)
      scope
        .get("/api/v4/users/")
        .query({ page: String(page), limit: "100" })
        .reply(200, users(100, (page - 1) * 100));

    const result = await labels("selectUser");

    expect(scope.isDone()).toBe(true);
    expect(result).toHaveLength(2001);
    expect(result[2000]).toEqual({ key: "", label: "More than 2,000 users — type the ID instead" });
  });

  it("falls back to the username when a user has no name", async () => {
    nock(PORTAL)
      .get("/api/v4/users/")
      .query(true)
      .reply(200, [{ ...userListItemExample, name: "", username: "svc.import", email: "" }]);

    expect(await labels("selectUser")).toEqual([
      { key: userListItemExample.id, label: "svc.import" },
    ]);
  });
});

describe("selectSecurityProfile", () => {
  it("reads Bynder's single unpaginated list and labels profiles by name", async () => {
    const scope = nock(PORTAL)
      .get("/api/v4/profiles/")
      .query({})
      .reply(200, [
        { id: "p-2", name: "Viewer", roles: [] },
        { id: "p-1", name: "Admin", roles: ["USERMANAGEMENT"] },
      ]);

    expect(await labels("selectSecurityProfile")).toEqual([
      { key: "p-1", label: "Admin" },
      { key: "p-2", label: "Viewer" },
    ]);
    expect(scope.isDone()).toBe(true);
  });
});

describe("selectOrder", () => {
  it("reads the order pages (10 each, Bynder's order kept) until a short one, labelled reference (status)", async () => {
    const scope = nock(PORTAL)
      .get("/api/store/order/")
      .query({ page: "1" })
      .reply(200, orders(10))
      .get("/api/store/order/")
      .query({ page: "2" })
      .reply(200, orders(10, 10))
      .get("/api/store/order/")
      .query({ page: "3" })
      .reply(200, [
        { ...orderListItemExample, order_ref: "ORD-1042", order_status: "In production" },
      ]);

    const result = await labels("selectOrder");

    expect(scope.isDone()).toBe(true);
    expect(result).toHaveLength(21);
    expect(result[15]).toEqual({ key: uuid(15), label: "ORD-1015 (Finished)" });
    expect(result[20]).toEqual({
      key: orderListItemExample.id,
      label: "ORD-1042 (In production)",
    });
  });

  it("reads at most 20 pages of a big brand store (not 301) and says to type the ID", async () => {
    const scope = nock(PORTAL);
    for (let page = 1; page <= 20; page++)
      scope
        .get("/api/store/order/")
        .query({ page: String(page) })
        .reply(200, orders(10, (page - 1) * 10));

    const result = await labels("selectOrder");

    expect(scope.isDone()).toBe(true);
    expect(result).toHaveLength(201);
    expect(result[200]).toEqual({ key: "", label: "More than 200 orders — type the ID instead" });
  });
});

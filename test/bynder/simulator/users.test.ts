import { type Json, useSimulator } from "./helpers";

type User = Json & { id: string; username: string; email: string; active: number | boolean };

describe("users, profiles, account and brands", () => {
  const sim = useSimulator();

  it("pages users with X-Pagination headers and hides inactive users by default", async () => {
    sim().sim.seed.users(150);
    const res = await sim().get("/api/v4/users/", { includeInActive: "true" });
    const page1 = (await res.json()) as User[];
    expect(page1).toHaveLength(100);
    const total = Number(res.headers.get("x-pagination-totalrecords"));
    expect(total).toBe(sim().sim.state.users.size);
    expect(res.headers.get("x-pagination-totalpages")).toBe(String(Math.ceil(total / 100)));
    const activeOnly = await sim().get("/api/v4/users/", { limit: 1000 });
    const active = (await activeOnly.json()) as User[];
    expect(active.every((u) => u.active === 1)).toBe(true);
    expect(active.length).toBeLessThan(total);
  });

  it("creates a user with 201 {id, username} and never echoes the password", async () => {
    const [profile] = await sim().getJson<{ id: string }[]>("/api/v4/profiles/");
    const res = await sim().form("POST", "/api/v4/users/", {
      email: "new.user@example.com",
      password: "S3cret-pass!",
      profileId: profile.id,
      firstname: "New",
      lastname: "User",
    });
    expect(res.status).toBe(201);
    const created = (await res.json()) as { id: string; username: string };
    expect(created.username).toBe("new.user@example.com");
    const byName = await sim().get(`/api/v4/users/${encodeURIComponent(created.username)}/`);
    const text = await byName.text();
    expect(JSON.parse(text)).toMatchObject({ id: created.id, firstname: "New", lastname: "User" });
    expect(text).not.toContain("S3cret-pass!");
    expect(text).not.toContain("password");
  });

  it("rejects an invalid email and names a missing required field", async () => {
    const [profile] = await sim().getJson<{ id: string }[]>("/api/v4/profiles/");
    const bad = await sim().form("POST", "/api/v4/users/", {
      email: "not-an-email",
      password: "x",
      profileId: profile.id,
      firstname: "A",
      lastname: "B",
    });
    expect(bad.status).toBe(400);
    const missing = await sim().form("POST", "/api/v4/users/", {
      email: "a@b.co",
      password: "x",
      firstname: "A",
      lastname: "B",
    });
    expect(missing.status).toBe(400);
    expect(await missing.json()).toMatchObject({ message: expect.stringContaining("profileId") });
  });

  it("modifies with 202 and deletes with 204", async () => {
    const users = await sim().getJson<User[]>("/api/v4/users/", { limit: 10 });
    const u = users.find((x) => x.id !== sim().sim.state.currentUserId) as User;
    const mod = await sim().form("POST", `/api/v4/users/${u.id}/`, { department: "Sales" });
    expect(mod.status).toBe(202);
    expect(await sim().getJson<Json>(`/api/v4/users/${u.id}/`)).toMatchObject({
      department: "Sales",
    });
    expect((await sim().del(`/api/v4/users/${u.id}/`)).status).toBe(204);
    expect((await sim().get(`/api/v4/users/${u.id}/`)).status).toBe(404);
  });

  it("serves the current user, security profiles, account and brands", async () => {
    const me = await sim().getJson<Json>("/api/v4/currentUser/");
    const profile = await sim().getJson<Json>(`/api/v4/profiles/${me.profileId}/`);
    expect(profile).toMatchObject({
      id: me.profileId,
      name: "Admin",
      roles: expect.arrayContaining(["MEDIAEDIT"]),
    });
    expect(await sim().getJson<Json>("/api/v4/account/")).toMatchObject({
      name: expect.any(String),
      defaultLanguage: "en_US",
    });
    const brands = await sim().getJson<Json[]>("/api/v4/brands/");
    expect(brands[0]).toMatchObject({
      id: expect.any(String),
      subBrands: [expect.objectContaining({ name: "Sub brand EU" })],
    });
  });
});

describe("brandstore orders", () => {
  const sim = useSimulator();
  type Order = Json & { id: string; orderNumber: string; status: string; message: string };

  it("pages orders ten at a time", async () => {
    sim().sim.seed.orders(20);
    const p1 = await sim().getJson<Order[]>("/api/store/order/", { page: 1 });
    const p3 = await sim().getJson<Order[]>("/api/store/order/", { page: 3 });
    expect(p1).toHaveLength(10);
    expect(p3).toHaveLength(3);
    expect(p1[0]).toMatchObject({
      id: expect.any(String),
      order_ref: expect.any(String),
      order_status: expect.any(String),
    });
  });

  it("gets an order by id, by orderNumber, and its products", async () => {
    const [first] = await sim().getJson<Order[]>("/api/store/order/");
    expect(await sim().getJson<Order>(`/api/store/order/${first.id}/`)).toMatchObject({
      id: first.id,
      orderNumber: first.orderNumber,
    });
    expect(
      await sim().getJson<Order>("/api/store/order/", { orderNumber: first.orderNumber }),
    ).toMatchObject({ id: first.id });
    const products = await sim().getJson<Json[]>(`/api/store/order/${first.id}/products/`);
    expect(products[0]).toMatchObject({ orderId: first.id, quantity: expect.any(Number) });
  });

  it("applies status, message and trackingnumber but loses a misspelled field", async () => {
    const [first] = await sim().getJson<Order[]>("/api/store/order/");
    const res = await sim().form("POST", `/api/store/order/${first.id}/products/`, {
      status: "OUT_FOR_DELIVERY",
      messsage: "typo never lands",
      trackingnumber: "TRACK-1",
    });
    expect(res.status).toBe(201);
    expect(await res.json()).toEqual({ message: "Created", status_code: 201 });
    expect(await sim().getJson<Order>(`/api/store/order/${first.id}/`)).toMatchObject({
      status: "OUT_FOR_DELIVERY",
      trackingnumber: "TRACK-1",
      message: "",
    });
  });

  it("has no PUT or POST on the order itself (brandstore OpenAPI modifies through /products)", async () => {
    const [first] = await sim().getJson<Order[]>("/api/store/order/");
    const put = await sim().form("PUT", `/api/store/order/${first.id}/`, { status: "FINISHED" });
    expect(put.status).toBe(405);
    const post = await sim().form("POST", `/api/store/order/${first.id}/`, { status: "FINISHED" });
    expect(post.status).toBe(405);
  });

  it("uses the brandstore error envelope", async () => {
    const missing = await sim().get("/api/store/order/nope/");
    expect(missing.status).toBe(404);
    expect(await missing.json()).toEqual({ message: "Order not found", status_code: 404 });
    const [first] = await sim().getJson<Order[]>("/api/store/order/");
    const bad = await sim().form("POST", `/api/store/order/${first.id}/products/`, {
      status: "SHIPPED",
    });
    expect(bad.status).toBe(400);
    expect(await bad.json()).toMatchObject({ status_code: 400 });
  });
});

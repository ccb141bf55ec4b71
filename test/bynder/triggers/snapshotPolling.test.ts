import { createHarness } from "@prismatic-io/spectral/dist/testing";
import nock from "nock";
import component from "../../../src/bynder";
import { PORTAL, permanentConnection } from "../../helpers/connections";
import { pollRecords } from "../../helpers/polling";

const harness = createHarness(component);

/** Collections render dates the way Bynder does: "March, 08 2026 14:17:37 +0000". */
const bynderDate = (iso: string) => {
  const d = new Date(iso);
  const month = d.toLocaleString("en-US", { month: "long", timeZone: "UTC" });
  const day = String(d.getUTCDate()).padStart(2, "0");
  return `${month}, ${day} ${d.getUTCFullYear()} ${d.toISOString().slice(11, 19)} +0000`;
};
const collection = (id: string, created: string, modified = created) => ({
  id,
  name: id,
  dateCreated: bynderDate(created),
  dateModified: bynderDate(modified),
});

function poller(resourceType: string, params: Record<string, unknown> = {}) {
  const instanceState: Record<string, unknown> = {};
  return async () => {
    const { data } = await pollRecords<{ id?: string; ID?: string }>(
      { connection: permanentConnection(), resourceType, ...params },
      { instanceState },
    );
    const ids = (rows: { id?: string; ID?: string }[]) => rows.map((x) => x.id ?? x.ID);
    return { created: ids(data.created), updated: ids(data.updated) };
  };
}

describe("New and Updated Records on collections", () => {
  it("compares a full scan with the previous poll's snapshot to find new and updated ones", async () => {
    const queries: Record<string, string>[] = [];
    let rows = [collection("c1", "2026-03-01T10:00:00Z"), collection("c2", "2026-03-02T10:00:00Z")];
    nock(PORTAL)
      .persist()
      .get("/api/v4/collections/")
      .query(true)
      .reply((uri) => {
        queries.push(Object.fromEntries(new URL(uri, PORTAL).searchParams));
        return [200, rows];
      });
    const poll = poller("collections");
    expect(await poll()).toEqual({ created: [], updated: [] });
    rows = [
      collection("c3", "2026-03-05T10:00:00Z"),
      collection("c2", "2026-03-02T10:00:00Z", "2026-03-05T11:00:00Z"),
      collection("c1", "2026-03-01T10:00:00Z"),
    ];
    expect(await poll()).toEqual({ created: ["c3"], updated: ["c2"] });
    expect(await poll()).toEqual({ created: [], updated: [] });
    expect(queries[0]).toEqual({ orderBy: "dateCreated desc", page: "1", limit: "1000" });
  });

  it("with Show Updated Records off, reads newest first and stops at the cursor", async () => {
    const page1 = Array.from({ length: 1000 }, (_, i) =>
      collection(`n${i}`, new Date(Date.parse("2026-03-05T00:00:00Z") - i * 1000).toISOString()),
    );
    nock(PORTAL).get("/api/v4/collections/").query(true).reply(200, page1);
    const poll = poller("collections", { showUpdatedRecords: "false" });
    await poll(); // first poll: a page of 1000 but nothing older than the (absent) cursor needed
    const fresh = collection("new", "2026-03-06T00:00:00Z");
    nock(PORTAL)
      .get("/api/v4/collections/")
      .query({ orderBy: "dateCreated desc", page: "1", limit: "1000" })
      .reply(200, [fresh, ...page1.slice(0, 999)]);
    expect(await poll()).toEqual({ created: ["new"], updated: [] });
  });
});

describe("New and Updated Records on campaigns and orders", () => {
  it("finds new and changed campaigns in Bynder's one-request list", async () => {
    const c = (ID: string, dateModified: string) => ({
      ID,
      name: ID,
      dateCreated: "2026-03-01T10:00:00Z",
      dateModified,
    });
    nock(PORTAL)
      .get("/api/workflow/campaigns")
      .reply(200, [c("A", "2026-03-01T10:00:00Z")]);
    nock(PORTAL)
      .get("/api/workflow/campaigns")
      .reply(200, [
        c("A", "2026-03-04T10:00:00Z"),
        { ...c("B", "2026-03-04T10:00:00Z"), dateCreated: "2026-03-04T10:00:00Z" },
      ]);
    const poll = poller("campaigns");
    await poll();
    expect(await poll()).toEqual({ created: ["B"], updated: ["A"] });
  });

  it("reports new orders only, newest first, stopping at the cursor", async () => {
    const o = (id: string, date_created: string) => ({ id, order_ref: id, date_created });
    nock(PORTAL)
      .get("/api/store/order/")
      .query({ page: "1" })
      .reply(200, [o("o1", "2026-03-01T10:00:00+00:00")]);
    nock(PORTAL)
      .get("/api/store/order/")
      .query({ page: "1" })
      .reply(200, [o("o2", "2026-03-02T10:00:00+00:00"), o("o1", "2026-03-01T10:00:00+00:00")]);
    const poll = poller("orders");
    await poll();
    expect(await poll()).toEqual({ created: ["o2"], updated: [] });
  });
});

describe("New and Updated Records in the newest creation second", () => {
  const listed = (rows: () => unknown[]) =>
    nock(PORTAL)
      .persist()
      .get("/api/v4/collections/")
      .query(true)
      .reply((uri) => {
        const q = new URL(uri, PORTAL).searchParams;
        const limit = Number(q.get("limit") ?? 50);
        const page = Number(q.get("page") ?? 1);
        return [200, rows().slice((page - 1) * limit, page * limit)];
      });

  it("emits collections created in the same second as the newest one seen, once each (new only)", async () => {
    const second = "2026-03-05T10:00:00Z";
    let rows = [collection("a", second), collection("old", "2026-03-01T10:00:00Z")];
    listed(() => rows);
    const poll = poller("collections", { showUpdatedRecords: "false" });
    expect(await poll()).toEqual({ created: [], updated: [] });
    rows = [collection("b", second), ...rows];
    expect(await poll()).toEqual({ created: ["b"], updated: [] });
    rows = [collection("c", second), ...rows];
    expect(await poll()).toEqual({ created: ["c"], updated: [] });
    expect(await poll()).toEqual({ created: [], updated: [] });
  });

  it("emits collections created in the same second as the newest one seen, once each (with updates)", async () => {
    const second = "2026-03-05T10:00:00Z";
    let rows = [collection("a", second)];
    listed(() => rows);
    const poll = poller("collections");
    await poll();
    rows = [collection("b", second), ...rows];
    expect(await poll()).toEqual({ created: ["b"], updated: [] });
    expect(await poll()).toEqual({ created: [], updated: [] });
  });

  it("emits orders placed in the same second as the newest one seen, once each", async () => {
    const o = (id: string) => ({ id, order_ref: id, date_created: "2026-03-02T10:00:00+00:00" });
    let rows = [o("o1")];
    nock(PORTAL)
      .persist()
      .get("/api/store/order/")
      .query(true)
      .reply(() => [200, rows]);
    const poll = poller("orders");
    await poll();
    rows = [o("o2"), ...rows];
    expect(await poll()).toEqual({ created: ["o2"], updated: [] });
    expect(await poll()).toEqual({ created: [], updated: [] });
  });

  it("keeps at most 1000 ids of one creation second in its state", async () => {
    const second = "2026-03-05T10:00:00Z";
    let rows = Array.from({ length: 1500 }, (_, i) => collection(`s${i}`, second));
    listed(() => rows);
    const instanceState: Record<string, unknown> = {};
    const run = () =>
      harness.trigger(
        "newAndUpdatedRecords",
        undefined,
        {
          connection: permanentConnection(),
          resourceType: "collections",
          showUpdatedRecords: "false",
        },
        { instanceState } as never,
      );
    await run();
    rows = [collection("late", second), ...rows];
    await run();
    const state = JSON.stringify(instanceState);
    expect(state).toContain('"late"');
    expect((state.match(/"s\d+"/g) ?? []).length).toBeLessThanOrEqual(999);
  });
});

import { operationFor } from "../openapiFixture";
import { type Json, seeded, useBrandfolder } from "./helpers";
import { bfProblems, bfSchema, SCHEMA_KEYS } from "./schema";
import { type Ids, type Reads, SDK_CALLS, type SdkCall } from "./sdkCalls";

/**
 * The requests Brandfolder's official Python SDK (brandfolder-sdk-python) makes: a session with
 * `Authorization: Bearer`, `Content-Type: application/json` on every verb, `per`/`page` on lists,
 * `/<parent>/<id>/<children>` containers, `?include=<type>` containers read from `included`, and
 * `res.json()` on every 2xx. Each resource it builds reads `id`, `type` and `attributes`.
 */
describe("the official Python SDK's requests against the Brandfolder simulator", () => {
  const api = useBrandfolder({ seedAssets: 9 });
  const sdkGet = async (endpoint: string, params: Record<string, string | number> = {}) => {
    const qs = new URLSearchParams(
      Object.entries(params).map(([k, v]): [string, string] => [k, String(v)]),
    );
    const res = await fetch(`${api().sim.url}/api/v4${endpoint}${qs.size ? `?${qs}` : ""}`, {
      headers: {
        authorization: `Bearer ${api().sim.apiKey}`,
        "content-type": "application/json",
        "user-agent": "brandfolder-python-sdk",
      },
    });
    expect([endpoint, res.status]).toEqual([endpoint, 200]);
    return (await res.json()) as Json;
  };
  const resources = (list: Json[]) => {
    for (const r of list)
      expect(Object.keys(r)).toEqual(expect.arrayContaining(["id", "type", "attributes"]));
    return list;
  };

  it("answers whoami, and every container the SDK walks, with resources it can build", async () => {
    const ids = seeded(api().sim);
    expect((await sdkGet("/users/whoami")).data.attributes.email).toBe("ada.admin@example.com");
    const orgs = resources((await sdkGet("/organizations", { per: 1, page: 1 })).data);
    const viaInclude = await sdkGet(`/organizations/${orgs[0].id}`, { include: "brandfolders" });
    const bfs = resources(viaInclude.included.filter((r: Json) => r.type === "brandfolders"));
    expect(bfs.map((b: Json) => b.id)).toEqual([ids.brand, ids.archive]);
    for (const endpoint of [
      `/organizations/${ids.org}/assets`,
      `/organizations/${ids.org}/attachments`,
      `/brandfolders/${ids.brand}/assets`,
      `/brandfolders/${ids.brand}/attachments`,
      `/brandfolders/${ids.brand}/collections`,
      `/brandfolders/${ids.brand}/sections`,
      `/collections/${ids.pressKit}/assets`,
      `/collections/${ids.pressKit}/attachments`,
      `/assets/${ids.assets[0]}/attachments`,
    ]) {
      expect([endpoint, resources((await sdkGet(endpoint, { per: 100 })).data).length > 0]).toEqual(
        [endpoint, true],
      );
    }
    expect((await sdkGet(`/organizations/${ids.org}/assets`)).meta.total_count).toBe(10);
    expect((await sdkGet(`/collections/${ids.pressKit}/attachments`)).meta.total_count).toBe(3);
  });

  it("renders the SDK-only attachment lists like GET /attachments/{id}", async () => {
    const ids = seeded(api().sim);
    const item = bfSchema("get", "/attachments/{attachment_id}").properties!.data;
    const list = (await sdkGet(`/brandfolders/${ids.brand}/attachments`)).data as Json[];
    expect(list).toHaveLength(9);
    expect(list.flatMap((a) => bfProblems(a, item))).toEqual([]);
  });

  it("finds one asset with first(): per=1 and a search", async () => {
    const ids = seeded(api().sim);
    const body = await sdkGet(`/brandfolders/${ids.brand}/assets`, {
      per: 1,
      search: "extension:pdf",
    });
    expect(body.data).toHaveLength(1);
    expect(body.meta).toMatchObject({ total_count: 2, next_page: 2 });
  });
});

/** How a resource the SDK builds (`data["id"]`, `["type"]`, `["attributes"]`) falls short. */
const resourceProblems = (r: unknown, at: string): string[] => {
  const x = r as Json | null;
  if (typeof x !== "object" || x === null) return [`${at} is not an object`];
  const attrs = x.attributes;
  return [
    ...(typeof x.id === "string" && x.id ? [] : [`${at}.id is not a string`]),
    ...(typeof x.type === "string" && x.type ? [] : [`${at}.type is not a string`]),
    ...(typeof attrs === "object" && attrs !== null && !Array.isArray(attrs)
      ? []
      : [`${at}.attributes is not an object`]),
  ];
};

/** What the SDK reads, checked; with the id of the resource read, for `saves`. */
function readProblems(reads: Reads, body: Json): { problems: string[]; id?: string } {
  const included = ((body.included ?? []) as unknown[]).flatMap((r, i) =>
    resourceProblems(r, `included[${i}]`),
  );
  if (reads === "json") return { problems: [] };
  if (reads === "attributes") {
    return { problems: resourceProblems(body.data, "data") };
  }
  if (typeof reads === "object") {
    const hits = ((body.included ?? []) as Json[]).filter((r) => r.type === reads.included);
    return { problems: hits.length ? included : [`no ${reads.included} in included`] };
  }
  if (reads === "one") {
    return { problems: [...resourceProblems(body.data, "data"), ...included], id: body.data?.id };
  }
  const list = body.data as unknown[];
  if (!Array.isArray(list) || list.length === 0) return { problems: ["data is no non-empty list"] };
  const meta =
    reads === "list" && typeof body.meta?.total_count !== "number" ? ["no meta.total_count"] : [];
  return {
    problems: [...list.flatMap((r, i) => resourceProblems(r, `data[${i}]`)), ...included, ...meta],
    id: (list[0] as Json).id,
  };
}

/** Replies where the OpenAPI file's own schema is wrong are checked against the GET-one schema. */
const SCHEMA_FOR: Record<string, [string, string]> = {
  "POST /brandfolders/{brandfolder_id}/collections": ["get", "/collections/{collection_id}"],
};
/** SDK-only lists: each item is checked against the GET-one schema of its type. */
const ITEM_SCHEMA: Record<string, string> = {
  attachments: "/attachments/{attachment_id}",
  generic_files: "/assets/{asset_id}",
};

/** How a 2xx reply departs from the OpenAPI, where the file describes it. */
function schemaProblems(call: SdkCall, path: string, body: Json): string[] {
  const op = operationFor(call.method, `/api/v4${path}`);
  if (op) {
    const [method, spec] = SCHEMA_FOR[op.key] ?? [call.method, op.key.split(" ")[1]];
    if (!SCHEMA_KEYS.includes(`${method.toUpperCase()} ${spec} 200`)) return [];
    const target = SCHEMA_FOR[op.key] ? { data: body.data } : body;
    return bfProblems(target, bfSchema(method, spec));
  }
  const items = Array.isArray(body.data) ? (body.data as Json[]) : [];
  return items.flatMap((item) => {
    const spec = ITEM_SCHEMA[item.type];
    return spec ? bfProblems(item, bfSchema("get", spec).properties!.data) : [];
  });
}

describe("every call of the official Python SDK against the Brandfolder simulator", () => {
  const api = useBrandfolder({ seedAssets: 9 });

  it("answers each served call as the SDK reads it, and as the OpenAPI documents it", async () => {
    const ids: Ids = { ...seeded(api().sim), made: {} };
    const problems: string[] = [];
    const seen: string[] = [];
    for (const call of SDK_CALLS) {
      const path = call.path(ids);
      const qs = new URLSearchParams();
      for (const [k, v] of Object.entries(call.params ?? {}))
        for (const one of Array.isArray(v) ? v : [v]) qs.append(k, String(one));
      const res = await fetch(`${api().sim.url}/api/v4${path}${qs.size ? `?${qs}` : ""}`, {
        method: call.method,
        headers: {
          authorization: `Bearer ${api().sim.apiKey}`,
          "content-type": "application/json",
          "user-agent": "brandfolder-python-sdk",
        },
        body: call.body ? JSON.stringify(call.body(ids)) : undefined,
      });
      const text = await res.text();
      seen.push(`${call.method} ${res.status}`);
      const at = `${call.sdk}: ${call.method} ${path}`;
      if (call.absent) {
        if (res.status !== call.absent.status) problems.push(`${at} answered ${res.status}`);
        continue;
      }
      if (res.status !== 200) {
        problems.push(`${at} answered ${res.status} ${text}`);
        continue;
      }
      let body: Json;
      try {
        body = JSON.parse(text) as Json;
      } catch {
        problems.push(`${at} answered no JSON: ${text.slice(0, 80)}`);
        continue;
      }
      if (call.method === "DELETE" && JSON.stringify(body) !== "{}") {
        problems.push(`${at} answered ${text.slice(0, 80)}, not {}`);
      }
      const read = readProblems(call.reads, body);
      problems.push(...read.problems.map((p) => `${at}: ${p}`));
      problems.push(...schemaProblems(call, path, body).map((p) => `${at}: ${p}`));
      if (call.saves && read.id) ids.made[call.saves] = read.id;
    }
    expect(problems).toEqual([]);
    // Every kind of call ran: reads, creates, updates, deletes, and the unsupported ones.
    expect(new Set(seen)).toEqual(
      new Set(["GET 200", "GET 404", "POST 200", "PUT 200", "PUT 405", "DELETE 200", "DELETE 405"]),
    );
    expect(Object.keys(ids.made).sort()).toEqual(["asset", "attachment", "collection", "section"]);
  });

  it("would notice a resource without attributes, a list without meta and a non-JSON answer", () => {
    expect(readProblems("one", { data: { id: "a", type: "assets" } }).problems).toEqual([
      "data.attributes is not an object",
    ]);
    expect(
      readProblems("list", { data: [{ id: "a", type: "t", attributes: {} }] }).problems,
    ).toEqual(["no meta.total_count"]);
    expect(readProblems({ included: "brandfolders" }, { data: {} }).problems).toEqual([
      "no brandfolders in included",
    ]);
  });
});

import { type Json, seeded, useBrandfolder } from "./helpers";
import { bfProblems, bfSchema } from "./schema";

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

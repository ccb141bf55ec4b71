import { Router } from "../../../simulator/core/router";
import { registerAssetWrites } from "../../../simulator/brandfolder/resources/assets";
import { registerCustomFields } from "../../../simulator/brandfolder/resources/customFields";
import { registerReads } from "../../../simulator/brandfolder/resources/reads";
import { registerStructureWrites } from "../../../simulator/brandfolder/resources/structure";
import { type Json, seeded, useBrandfolder } from "./helpers";
import { bfProblems, bfSchema, SCHEMA_KEYS } from "./schema";

/** The simulator's route patterns, in the OpenAPI file's spelling (`/assets/{id}`). */
function routes(): string[] {
  const router = new Router({ requireScopes: false });
  registerReads(router as never);
  registerCustomFields(router as never);
  registerAssetWrites(router as never);
  registerStructureWrites(router as never);
  return router
    .list()
    .map((r) => `${r.method} ${r.pattern.replace(/^\/api\/v4/, "").replace(/:(\w+)/g, "{$1}")}`);
}
/** GETs Brandfolder's Python SDK makes that the OpenAPI file lacks (see sdk.test.ts). */
const SDK_ONLY = [
  "GET /users/whoami",
  "GET /organizations/{id}/assets",
  "GET /organizations/{id}/attachments",
  "GET /brandfolders/{id}/attachments",
  "GET /collections/{id}/attachments",
  "GET /assets/{id}/attachments",
  "GET /sections/{id}/attachments",
];
const normal = (key: string) => key.replace(/\{\w+\}/g, "{}");

describe("Brandfolder simulator replies match the official OpenAPI response schemas", () => {
  const api = useBrandfolder({ seedAssets: 8 });

  it("serves only operations the OpenAPI file has, besides whoami and the SDK's lists", () => {
    const known = new Set(SCHEMA_KEYS.map((k) => normal(k.replace(/ \d+$/, ""))));
    const extra = routes().filter((r) => !known.has(normal(r)));
    expect(extra.sort()).toEqual([...SDK_ONLY].sort());
  });

  it("validates a reply of every GET route it serves, with include where offered", async () => {
    const ids = seeded(api().sim);
    const s = api().sim.state;
    const first = <T extends { id: string }>(m: Map<string, T>) => [...m.values()][0].id;
    const cases: [string, string][] = [
      ["/brandfolders", "/brandfolders?include=organization"],
      ["/brandfolders/{brandfolder_id}", `/brandfolders/${ids.brand}?include=sections,collections`],
      ["/organizations", "/organizations?include=brandfolders"],
      ["/organizations/{organization_id}", `/organizations/${ids.org}`],
      ["/brandfolders/{brandfolder_id}/sections", `/brandfolders/${ids.brand}/sections`],
      ["/sections/{section_id}", `/sections/${ids.logos}`],
      ["/collections", "/collections"],
      ["/brandfolders/{brandfolder_id}/collections", `/brandfolders/${ids.brand}/collections`],
      ["/collections/{collection_id}", `/collections/${ids.pressKit}`],
      [
        "/brandfolders/{brandfolder_id}/assets",
        `/brandfolders/${ids.brand}/assets?include=attachments,tags,custom_fields`,
      ],
      ["/sections/{section_id}/assets", `/sections/${ids.logos}/assets`],
      ["/collections/{collection_id}/assets", `/collections/${ids.pressKit}/assets`],
      ["/labels/{label_id}/assets", `/labels/${ids.spring}/assets`],
      [
        "/assets/{asset_id}",
        `/assets/${ids.assets[0]}?fields=created_at,updated_at,cdn_url,availability`,
      ],
      ["/attachments/{attachment_id}", `/attachments/${first(s.attachments)}`],
      ["/assets/{asset_id}/tags", `/assets/${ids.assets[0]}/tags`],
      ["/brandfolders/{brandfolder_id}/tags", `/brandfolders/${ids.brand}/tags?per=2&page=2`],
      ["/collections/{collection_id}/tags", `/collections/${ids.pressKit}/tags`],
      ["/brandfolders/{brandfolder_id}/labels", `/brandfolders/${ids.brand}/labels`],
      ["/labels/{label_id}", `/labels/${ids.spring}`],
      [
        "/brandfolders/{brandfolder_id}/custom_field_keys",
        `/brandfolders/${ids.brand}/custom_field_keys?include=custom_field_values`,
      ],
      [
        "/assets/{asset_id}/custom_field_values",
        `/assets/${ids.assets[0]}/custom_field_values?include=custom_field_key`,
      ],
    ];
    const served = routes().filter((r) => r.startsWith("GET ") && !SDK_ONLY.includes(r));
    expect(cases.map(([spec]) => normal(`GET ${spec}`)).sort()).toEqual(served.map(normal).sort());
    const problems: string[] = [];
    for (const [spec, path] of cases) {
      const res = await api().get(path);
      expect([path, res.status]).toEqual([path, 200]);
      const body = (await res.json()) as Json;
      expect(Array.isArray(body.data) ? body.data.length : 1).toBeGreaterThan(0);
      problems.push(...bfProblems(body, bfSchema("get", spec)).map((p) => `${path} ${p}`));
    }
    expect(problems).toEqual([]);
  });

  it("validates the custom-field writes, and every 2xx has a JSON body", async () => {
    const ids = seeded(api().sim);
    const check = async (method: string, spec: string, path: string, body?: unknown) => {
      const res = await api().call(method, path, body);
      expect([path, res.status]).toEqual([path, 200]);
      const json = (await res.json()) as Json;
      return { json, problems: bfProblems(json, bfSchema(method, spec)) };
    };
    const created = await check(
      "POST",
      "/brandfolders/{brandfolder_id}/custom_field_keys",
      `/brandfolders/${ids.brand}/custom_field_keys`,
      {
        data: { attributes: [{ name: "season", allowed_values: ["Fall"], restricted: true }] },
      },
    );
    const keyId = created.json.data[0].id as string;
    const steps = [
      created,
      await check(
        "PUT",
        "/custom_field_keys/{custom_field_key_id}",
        `/custom_field_keys/${keyId}`,
        { data: { attributes: { name: "season2" } } },
      ),
    ];
    const values = await check(
      "POST",
      "/custom_field_keys/{custom_field_key_id}/custom_field_values",
      `/custom_field_keys/${keyId}/custom_field_values`,
      {
        data: [
          {
            attributes: { value: "Fall" },
            relationships: { asset: { data: { type: "assets", id: ids.assets[0] } } },
          },
        ],
      },
    );
    const valueId = values.json.data[0].id as string;
    steps.push(
      values,
      await check(
        "PUT",
        "/custom_field_values/{custom_field_value_id}",
        `/custom_field_values/${valueId}`,
        { data: { attributes: { value: "Fall" } } },
      ),
      await check(
        "DELETE",
        "/custom_field_values/{custom_field_value_id}",
        `/custom_field_values/${valueId}`,
      ),
      await check(
        "DELETE",
        "/custom_field_keys/{custom_field_key_id}",
        `/custom_field_keys/${keyId}`,
      ),
    );
    expect(steps.flatMap((s) => s.problems)).toEqual([]);
  });

  it("would catch a reply that breaks a schema", () => {
    const schema = bfSchema("get", "/assets/{asset_id}");
    expect(bfProblems({ data: { id: "x", type: "assets", attributes: {} } }, schema)).toEqual([
      '$.data.type: "assets" is not one of ["generic_files"]',
    ]);
    expect(
      bfProblems({ data: [], meta: { current_page: "1" } }, bfSchema("get", "/brandfolders")),
    ).toContain("$.meta.current_page: expected integer, got string");
  });
});

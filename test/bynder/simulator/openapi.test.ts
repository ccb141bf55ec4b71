import { clientCredentialsCall } from "../../helpers/simulator";
import { api, type Json, useSimulator } from "./helpers";
import { responseSchema, unexplained, validate } from "./schema";

describe("replies match the official OpenAPI response schemas", () => {
  const sim = useSimulator({ seedAssets: 20 });
  const first = <T>(map: Map<string, T>): T => [...map.values()][0];

  /** [OpenAPI file, spec path, simulator path] for GET operations. */
  const cases = (): [string, string, string][] => {
    const s = sim().sim.state;
    const mp = [...s.metaproperties.values()].find((m) => m.options.length > 0)!;
    return [
      ["asset-v4", "/api/v4/media/", "/api/v4/media/?limit=5"],
      ["asset-v4", "/api/v4/media/{id}", `/api/v4/media/${first(s.assets).id}/?versions=1`],
      ["collections-v4", "/api/v4/collections", "/api/v4/collections/"],
      [
        "collections-v4",
        "/api/v4/collections/{id}",
        `/api/v4/collections/${first(s.collections).id}/`,
      ],
      [
        "metaproperty-options-v4",
        "/api/v4/metaproperties/{id}/options",
        `/api/v4/metaproperties/${mp.id}/options/`,
      ],
      ["wf-campaigns-v4", "/api/workflow/campaigns", "/api/workflow/campaigns/"],
      [
        "wf-campaigns-v4",
        "/api/workflow/campaigns/{id}",
        `/api/workflow/campaigns/${first(s.campaigns).ID}/`,
      ],
      ["wf-jobs-v4", "/api/workflow/jobs", "/api/workflow/jobs/"],
      ["wf-jobs-v4", "/api/workflow/jobs/{id}", `/api/workflow/jobs/${first(s.jobs).id}/`],
      [
        "wf-jobs-v4",
        "/api/workflow/presets/job/{id}",
        `/api/workflow/presets/job/${first(s.presets).ID}/`,
      ],
      ["users-v4", "/api/v4/users/", "/api/v4/users/"],
      ["users-v4", "/api/v4/users/{id}", `/api/v4/users/${s.currentUserId}/`],
      ["users-v4", "/api/v4/currentUser/", "/api/v4/currentUser/"],
      ["account-v4", "/api/v4/account", "/api/v4/account/"],
      ["account-v4", "/api/v4/account/derivatives", "/api/v4/account/derivatives/"],
      ["brands-v4", "/api/v4/brands/", "/api/v4/brands/"],
      ["brandstore", "/api/store/order/", "/api/store/order/"],
      ["brandstore", "/api/store/order/{id}/", `/api/store/order/${first(s.orders).id}/`],
    ];
  };

  it("validates a selection of GET replies", async () => {
    const problems: string[] = [];
    for (const [file, specPath, path] of cases()) {
      const { schema, doc } = responseSchema(file, specPath, "get");
      const res = await sim().get(path);
      expect([path, res.status]).toEqual([path, 200]);
      problems.push(...validate(await res.json(), schema, doc).map((p) => `${path} ${p}`));
    }
    expect(unexplained(problems)).toEqual([]);
  });

  it("validates the token reply and the create replies", async () => {
    const s = sim().sim;
    const token = await clientCredentialsCall(s);
    const replies: [string, string, string, string, Json][] = [
      ["oauth2", "/v6/authentication/oauth2/token", "post", "200", (await token.json()) as Json],
    ];
    const campaign = await api(s).json("POST", "/api/workflow/campaigns/", { name: "S", key: "S" });
    replies.push([
      "wf-campaigns-v4",
      "/api/workflow/campaigns",
      "post",
      "201",
      (await campaign.json()) as Json,
    ]);
    const collection = await api(s).form("POST", "/api/v4/collections/", { name: "Schema" });
    replies.push([
      "collections-v4",
      "/api/v4/collections",
      "post",
      "201",
      (await collection.json()) as Json,
    ]);
    const problems = replies.flatMap(([file, path, method, status, body]) => {
      const { schema, doc } = responseSchema(file, path, method, status);
      return validate(body, schema, doc).map((p) => `${method} ${path} ${p}`);
    });
    expect(problems).toEqual([]);
  });

  it("has a validator that reports wrong types, missing required fields and bad items", () => {
    const schema = {
      type: "object",
      required: ["id"],
      properties: { id: { type: "string" }, tags: { type: "array", items: { type: "string" } } },
    };
    expect(validate({ id: "a", tags: ["x"] }, schema, {})).toEqual([]);
    expect(validate({ tags: [1] }, schema, {})).toEqual([
      "$.id: required but missing",
      "$.tags[0]: expected string, got integer",
    ]);
    expect(validate([], schema, {})).toEqual(["$: expected object, got array"]);
  });
});

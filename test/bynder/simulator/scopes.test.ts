import { startBynderSimulator } from "../../../simulator/bynder";
import { ALL_SCOPES } from "../../../simulator/bynder/scopes";
import { Router } from "../../../simulator/core/router";
import { clientCredentialsCall } from "../../helpers/simulator";
import { api, formBody, withQuery } from "./helpers";

type Sim = Awaited<ReturnType<typeof startBynderSimulator>>;
const REDIRECT = "https://app.example.com/callback";

async function tokenWith(sim: Sim, scope: string): Promise<string> {
  const res = await clientCredentialsCall(sim, scope);
  expect(res.status).toBe(200);
  return ((await res.json()) as { access_token: string }).access_token;
}

describe("OAuth scopes", () => {
  let sim: Sim;
  beforeAll(async () => {
    sim = await startBynderSimulator({ seedAssets: 3 });
  });
  afterAll(() => sim.close());

  it("grants every scope of the app when a client-credentials request names none", async () => {
    const body = (await (await clientCredentialsCall(sim)).json()) as { scope: string };
    expect(body.scope.split(" ").sort()).toEqual(ALL_SCOPES.filter((s) => s !== "offline").sort());
  });

  it("grants the app's own scope list when startBynderSimulator narrows it", async () => {
    const narrow = await startBynderSimulator({ scopes: ["asset:read", "collection:read"] });
    try {
      const body = (await (await clientCredentialsCall(narrow)).json()) as { scope: string };
      expect(body.scope).toBe("asset:read collection:read");
      const refused = await clientCredentialsCall(narrow, "asset:write");
      expect(refused.status).toBe(400);
      expect(await refused.json()).toMatchObject({ error: "invalid_scope" });
    } finally {
      await narrow.close();
    }
  });

  it("gives a narrow token 200 inside its scope and Bynder's 403 outside it", async () => {
    const reader = api(sim, await tokenWith(sim, "asset:read"));
    expect((await reader.get("/api/v4/media/")).status).toBe(200);
    expect((await reader.get("/api/v4/tags/")).status).toBe(200);
    const denied = await reader.get("/api/v4/collections/");
    expect(denied.status).toBe(403);
    expect(await denied.json()).toEqual({ message: "Access denied", statuscode: 403 });
    const asset = [...sim.state.assets.values()][0];
    const write = await reader.form("POST", `/api/v4/media/${asset.id}/`, { name: "nope" });
    expect(write.status).toBe(403);
    expect(sim.state.assets.get(asset.id)?.name).not.toBe("nope");
    const store = await reader.get("/api/store/order/");
    expect(store.status).toBe(403);
    expect(await store.json()).toEqual({ message: "Access denied", status_code: 403 });
  });

  it("requires the scope of each route family", async () => {
    const cases: [string, string, string][] = [
      ["meta.assetbank:read", "/api/v4/metaproperties/", "/api/v4/users/"],
      ["admin.user:read", "/api/v4/users/", "/api/v4/currentUser/"],
      ["current.user:read", "/api/v4/currentUser/", "/api/v4/profiles/"],
      ["workflow.campaign:read", "/api/workflow/campaigns/", "/api/workflow/jobs/"],
      ["workflow.job:read", "/api/workflow/jobs/", "/api/workflow/campaigns/"],
      ["brandstore.order:read", "/api/store/order/", "/api/v4/media/"],
      ["collection:read", "/api/v4/collections/", "/api/upload/endpoint/"],
    ];
    for (const [scope, allowed, denied] of cases) {
      const client = api(sim, await tokenWith(sim, scope));
      expect([scope, allowed, (await client.get(allowed)).status]).toEqual([scope, allowed, 200]);
      expect([scope, denied, (await client.get(denied)).status]).toEqual([scope, denied, 403]);
    }
  });

  it("needs workflow.job:approve to finish a job, not just workflow.job:write", async () => {
    const [job] = [...sim.state.jobs.values()];
    job.activeStage = job.stages.length - 1; // only a job on its last stage can be finished
    const writer = api(sim, await tokenWith(sim, "workflow.job:read workflow.job:write"));
    expect((await writer.json("PATCH", `/api/workflow/jobs/${job.id}/finish`, {})).status).toBe(
      403,
    );
    const approver = api(sim, await tokenWith(sim, "workflow.job:approve"));
    expect((await approver.json("PATCH", `/api/workflow/jobs/${job.id}/finish`, {})).status).toBe(
      200,
    );
  });

  it("lets current.profile:read read only the token user's own profile", async () => {
    const own = sim.state.users.get(sim.state.currentUserId)?.profileId ?? "";
    const other = [...sim.state.profiles.keys()].find((id) => id !== own) ?? "";
    const client = api(sim, await tokenWith(sim, "current.profile:read"));
    expect((await client.get(`/api/v4/profiles/${own}/`)).status).toBe(200);
    expect((await client.get(`/api/v4/profiles/${other}/`)).status).toBe(403);
    expect((await client.get("/api/v4/profiles/")).status).toBe(403);
  });

  it("lets any token read the account, needs asset:write for upload reads, asset:read for the trash", async () => {
    const collections = api(sim, await tokenWith(sim, "collection:read"));
    expect((await collections.get("/api/v4/account/")).status).toBe(200);
    expect((await collections.get("/api/trash/media")).status).toBe(403);
    const reader = api(sim, await tokenWith(sim, "asset:read"));
    expect((await reader.get("/api/trash/media")).status).toBe(200);
    expect((await reader.get("/api/upload/endpoint/")).status).toBe(403);
    expect((await reader.get("/api/v4/upload/poll/?items=x")).status).toBe(403);
    const writer = api(sim, await tokenWith(sim, "asset:write"));
    expect((await writer.get("/api/upload/endpoint/")).status).toBe(200);
    expect((await writer.get("/api/v4/upload/poll/?items=x")).status).toBe(200);
    // trash.assets is a user permission in Bynder's OpenAPI, not an OAuth scope.
    expect((await clientCredentialsCall(sim, "asset:read trash.assets")).status).toBe(400);
  });

  it("gives the permanent token every scope", async () => {
    const permanent = api(sim);
    for (const path of ["/api/v4/collections/", "/api/v4/users/", "/api/store/order/"]) {
      expect((await permanent.get(path)).status).toBe(200);
    }
  });

  it("narrows an authorization code to the requested subset and refuses scopes not authorized", async () => {
    const authorize = async (scope?: string) => {
      const query: Record<string, string> = {
        client_id: sim.credentials.clientId,
        redirect_uri: REDIRECT,
        response_type: "code",
      };
      if (scope) query.scope = scope;
      const res = await fetch(withQuery(sim.credentials.authorizeUrl, query), {
        redirect: "manual",
      });
      return new URL(res.headers.get("location") ?? "");
    };
    const exchange = async (code: string, scope?: string) =>
      fetch(sim.credentials.tokenUrl, {
        method: "POST",
        headers: { "content-type": "application/x-www-form-urlencoded" },
        body: formBody({
          grant_type: "authorization_code",
          client_id: sim.credentials.clientId,
          client_secret: sim.credentials.clientSecret,
          redirect_uri: REDIRECT,
          code,
          ...(scope ? { scope } : {}),
        }),
      });
    const all = await exchange(
      (await authorize("asset:read asset:write")).searchParams.get("code")!,
    );
    expect(await all.json()).toMatchObject({ scope: "asset:read asset:write" });
    const some = await exchange(
      (await authorize("asset:read asset:write")).searchParams.get("code")!,
      "asset:read",
    );
    expect(await some.json()).toMatchObject({ scope: "asset:read" });
    const more = await exchange(
      (await authorize("asset:read")).searchParams.get("code")!,
      "asset:read collection:read",
    );
    expect(more.status).toBe(400);
    expect(await more.json()).toMatchObject({ error: "invalid_scope" });
    expect((await authorize()).searchParams.get("error")).toBe("invalid_request");
    expect((await authorize("asset:read made:up")).searchParams.get("error")).toBe("invalid_scope");
  });

  it("refuses to register a non-public route without scopes", () => {
    expect(() =>
      new Router().get("/api/v4/x", () => ({ status: 200, headers: {}, body: Buffer.alloc(0) })),
    ).toThrow(/must declare its scopes/);
  });
});

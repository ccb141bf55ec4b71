import { startBynderSimulator } from "../../../simulator/bynder";
import { api, formBody, withQuery } from "./helpers";

const REDIRECT = "https://app.example.com/callback";

describe("OAuth 2.0", () => {
  let sim: Awaited<ReturnType<typeof startBynderSimulator>>;
  let now = Date.parse("2025-01-01T00:00:00Z");
  beforeAll(async () => {
    sim = await startBynderSimulator({ clock: () => now, tokenTtlSeconds: 60 });
  });
  afterAll(() => sim.close());

  const tokenCall = (fields: Record<string, string>, headers: Record<string, string> = {}) =>
    fetch(sim.credentials.tokenUrl, {
      method: "POST",
      headers: { "content-type": "application/x-www-form-urlencoded", ...headers },
      body: formBody(fields),
    });
  const client = () => ({
    client_id: sim.credentials.clientId,
    client_secret: sim.credentials.clientSecret,
  });

  async function authorize(scope: string, state = "xyz-123"): Promise<URL> {
    const res = await fetch(
      withQuery(sim.credentials.authorizeUrl, {
        client_id: sim.credentials.clientId,
        redirect_uri: REDIRECT,
        response_type: "code",
        scope,
        state,
      }),
      { redirect: "manual" },
    );
    expect(res.status).toBe(302);
    return new URL(res.headers.get("location") ?? "");
  }

  it("redirects the authorization request back with a code and the same state", async () => {
    const location = await authorize("asset:read offline", "state with spaces");
    expect(location.origin + location.pathname).toBe(REDIRECT);
    expect(location.searchParams.get("state")).toBe("state with spaces");
    expect(location.searchParams.get("code")).toMatch(/^[0-9a-f]{32}$/);
  });

  it("rejects an authorization request for an unknown client", async () => {
    const res = await fetch(
      withQuery(sim.credentials.authorizeUrl, {
        client_id: "nope",
        redirect_uri: REDIRECT,
        response_type: "code",
      }),
      { redirect: "manual" },
    );
    expect(res.status).toBe(400);
    expect(await res.json()).toMatchObject({ error: "invalid_client" });
  });

  it("exchanges a code once for a JWT-looking token and a refresh token when offline is requested", async () => {
    const code = (await authorize("asset:read offline")).searchParams.get("code") ?? "";
    const res = await tokenCall({
      ...client(),
      grant_type: "authorization_code",
      code,
      redirect_uri: REDIRECT,
    });
    expect(res.status).toBe(200);
    const body = (await res.json()) as Record<string, unknown>;
    expect(body).toMatchObject({
      token_type: "bearer",
      expires_in: 60,
      scope: "asset:read offline",
    });
    expect(String(body.access_token)).toMatch(/^[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+$/);
    expect(typeof body.refresh_token).toBe("string");
    const again = await tokenCall({
      ...client(),
      grant_type: "authorization_code",
      code,
      redirect_uri: REDIRECT,
    });
    expect(again.status).toBe(400);
    expect(await again.json()).toMatchObject({ error: "invalid_grant" });
  });

  it("issues no refresh token for an authorization code without the offline scope", async () => {
    const code = (await authorize("asset:read")).searchParams.get("code") ?? "";
    const res = await tokenCall({
      ...client(),
      grant_type: "authorization_code",
      code,
      redirect_uri: REDIRECT,
    });
    expect(res.status).toBe(200);
    expect(await res.json()).not.toHaveProperty("refresh_token");
  });

  it("refuses a code exchange whose redirect_uri differs from the authorization request", async () => {
    const code = (await authorize("asset:read")).searchParams.get("code") ?? "";
    const res = await tokenCall({
      ...client(),
      grant_type: "authorization_code",
      code,
      redirect_uri: `${REDIRECT}2`,
    });
    expect(res.status).toBe(400);
    expect(await res.json()).toMatchObject({ error: "invalid_grant" });
  });

  it("answers a refresh without a new refresh_token and keeps the old refresh token valid", async () => {
    const code = (await authorize("offline asset:read")).searchParams.get("code") ?? "";
    const first = (await (
      await tokenCall({
        ...client(),
        grant_type: "authorization_code",
        code,
        redirect_uri: REDIRECT,
      })
    ).json()) as { refresh_token: string };
    for (let i = 0; i < 2; i++) {
      const res = await tokenCall({
        ...client(),
        grant_type: "refresh_token",
        refresh_token: first.refresh_token,
      });
      expect(res.status).toBe(200);
      const body = (await res.json()) as Record<string, unknown>;
      expect(body).not.toHaveProperty("refresh_token");
      expect(body.access_token).toEqual(expect.any(String));
    }
  });

  it("accepts client credentials in the body or as HTTP Basic", async () => {
    const inBody = await tokenCall({
      ...client(),
      grant_type: "client_credentials",
      scope: "asset:read",
    });
    expect(inBody.status).toBe(200);
    expect(await inBody.json()).not.toHaveProperty("refresh_token");
    const basic = Buffer.from(
      `${sim.credentials.clientId}:${sim.credentials.clientSecret}`,
    ).toString("base64");
    const viaBasic = await tokenCall(
      { grant_type: "client_credentials" },
      { authorization: `Basic ${basic}` },
    );
    expect(viaBasic.status).toBe(200);
    const token = ((await viaBasic.json()) as { access_token: string }).access_token;
    expect((await api(sim, token).get("/api/v4/currentUser/")).status).toBe(200);
  });

  it("answers bad client credentials with 401 invalid_client", async () => {
    const res = await tokenCall({
      client_id: sim.credentials.clientId,
      client_secret: "wrong",
      grant_type: "client_credentials",
    });
    expect(res.status).toBe(401);
    expect(await res.json()).toMatchObject({
      error: "invalid_client",
      error_description: expect.any(String),
    });
  });

  it("refuses a JSON body at the token endpoint", async () => {
    const res = await fetch(sim.credentials.tokenUrl, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ ...client(), grant_type: "client_credentials" }),
    });
    expect(res.status).toBe(400);
  });

  it("rejects an expired access token with Bynder's plain-text 401", async () => {
    const res = await tokenCall({ ...client(), grant_type: "client_credentials" });
    const token = ((await res.json()) as { access_token: string }).access_token;
    expect((await api(sim, token).get("/api/v4/account/")).status).toBe(200);
    now += 61_000;
    const expired = await api(sim, token).get("/api/v4/account/");
    expect(expired.status).toBe(401);
    expect(expired.headers.get("content-type")).toMatch(/^text\/plain/);
    expect(await expired.text()).toBe("Invalid or expired token.");
  });

  it("accepts the permanent token and rejects unknown or missing tokens", async () => {
    expect((await api(sim).get("/api/v4/account/")).status).toBe(200);
    expect((await api(sim, "made-up").get("/api/v4/account/")).status).toBe(401);
    expect((await fetch(`${sim.url}/api/v4/account/`)).status).toBe(401);
  });
});

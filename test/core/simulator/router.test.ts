import { json } from "../../../simulator/core/http";
import { type Handler, Router } from "../../../simulator/core/router";

/** A handler that answers with its own name, so a test sees which route won. */
const named =
  (name: string): Handler =>
  () =>
    json(200, { name });

const winner = async (router: Router, method: string, path: string) => {
  const match = router.match(method, path);
  if (match.kind !== "found") return match.kind;
  const reply = await match.handler({} as never);
  return (JSON.parse(reply.body.toString()) as { name: string }).name;
};

const open = { public: true };

describe("the simulator router picks the most specific route, whatever the registration order", () => {
  it("lets a literal segment beat a parameter in the same place, registered before or after", async () => {
    const paramFirst = new Router()
      .get("/api/media/:id", named("asset"), open)
      .get("/api/media/save", named("save"), open);
    const literalFirst = new Router()
      .get("/api/media/save", named("save"), open)
      .get("/api/media/:id", named("asset"), open);
    for (const router of [paramFirst, literalFirst]) {
      expect(await winner(router, "GET", "/api/media/save")).toBe("save");
      expect(await winner(router, "GET", "/api/media/A-1")).toBe("asset");
    }
  });

  it("decides at the first segment where two patterns differ: the longer literal prefix wins", async () => {
    const router = new Router()
      .get("/api/:kind/:id/items", named("generic"), open)
      .get("/api/:kind/archive/items", named("archive"), open)
      .get("/api/media/:id/items", named("media"), open);
    expect(await winner(router, "GET", "/api/media/archive/items")).toBe("media");
    expect(await winner(router, "GET", "/api/tags/archive/items")).toBe("archive");
    expect(await winner(router, "GET", "/api/tags/7/items")).toBe("generic");
  });

  it("captures parameters of the route that won", () => {
    const router = new Router()
      .get("/api/:kind/:id", named("generic"), open)
      .get("/api/media/:mediaId", named("media"), open);
    const match = router.match("GET", "/api/media/A%2F1");
    expect(match).toMatchObject({ kind: "found", params: { mediaId: "A/1" } });
  });

  it("only weighs routes of the request's method, and says which methods a path allows", async () => {
    const router = new Router()
      .post("/api/media/save", named("save"), open)
      .get("/api/media/:id", named("asset"), open)
      .delete("/api/tags/:id", named("untag"), open);
    expect(await winner(router, "GET", "/api/media/save")).toBe("asset");
    expect(await winner(router, "HEAD", "/api/media/save")).toBe("asset");
    expect(router.match("GET", "/api/tags/7")).toEqual({
      kind: "wrong-method",
      allowed: ["DELETE"],
    });
    expect(router.match("GET", "/api/nothing")).toEqual({ kind: "none" });
  });

  it("refuses a second route of the same method and shape, which could never be reached", () => {
    const router = new Router().get("/api/media/:id", named("asset"), open);
    expect(() => router.get("/api/media/:mediaId", named("other"), open)).toThrow(
      "GET /api/media/:mediaId: a route of the same shape is already registered",
    );
    expect(() => router.post("/api/media/:id", named("write"), open)).not.toThrow();
  });

  it("lets a vendor without scoped credentials register routes that name no scopes", () => {
    expect(() => new Router().get("/api/x", named("x"))).toThrow(/must declare its scopes/);
    expect(() => new Router({ requireScopes: false }).get("/api/x", named("x"))).not.toThrow();
  });
});

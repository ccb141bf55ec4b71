import { fail, json } from "./http";
import type { Router } from "./router";

/** Security profiles, account, derivatives and brands: read-only reference data. */
export function registerAccount(router: Router): void {
  router.get("/api/v4/profiles", (ctx) => json(200, [...ctx.env.state.profiles.values()]));
  router.get("/api/v4/profiles/:id", (ctx) => {
    const profile = ctx.env.state.profiles.get(ctx.params.id);
    if (!profile) throw fail(404, "Profile not found");
    return json(200, profile);
  });
  router.get("/api/v4/account", (ctx) =>
    json(200, { ...ctx.env.state.account, isOpenImageBank: false }),
  );
  router.get("/api/v4/account/derivatives", () =>
    json(200, [
      {
        prefix: "mini",
        width: 80,
        height: 80,
        dpi: -1,
        isCrop: false,
        isOnTheFly: false,
        isExtent: false,
        isPublic: false,
        allowedTypes: "",
      },
      {
        prefix: "thul",
        width: 250,
        height: 250,
        dpi: -1,
        isCrop: false,
        isOnTheFly: false,
        isExtent: false,
        isPublic: false,
        allowedTypes: "",
      },
      {
        prefix: "webimage",
        width: 800,
        height: 800,
        dpi: 72,
        isCrop: false,
        isOnTheFly: false,
        isExtent: false,
        isPublic: true,
        allowedTypes: "",
      },
    ]),
  );
  router.get("/api/v4/brands", (ctx) =>
    json(
      200,
      ctx.env.state.brands.map((b) => ({
        id: b.id,
        name: b.name,
        description: b.description,
        image: `${ctx.env.baseUrl}/brands/${b.id}/logo.png`,
        subBrands: b.subBrands.map((s) => ({
          ...s,
          image: `${ctx.env.baseUrl}/brands/${s.id}/logo.png`,
        })),
      })),
    ),
  );
}

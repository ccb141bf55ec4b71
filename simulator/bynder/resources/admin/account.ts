import { fail, json } from "../../../core/http";
import type { Router } from "../../routing";
import { requireScope } from "../../scopes";

/** Account, derivatives and brands: any token works (account-v4, brands-v4 OpenAPI: `OAuth2: []`). */
const ANY_TOKEN = { scopes: [] };

const DERIVATIVES = [
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
];

/** Security profiles, account, derivatives and brands: read-only reference data. */
export function registerAccount(router: Router): void {
  router.get("/api/v4/profiles", (ctx) => json(200, [...ctx.env.state.profiles.values()]), {
    scopes: ["admin.profile:read"],
  });
  router.get(
    "/api/v4/profiles/:id",
    (ctx) => {
      const profile = ctx.env.state.profiles.get(ctx.params.id);
      if (!profile) throw fail(404, "Profile not found");
      // current.profile:read reaches only the token user's own profile (Bynder's scope table;
      // securityroles-v4 OpenAPI: the own profile needs no PERMISSIONMANAGEMENT role).
      const own = ctx.env.state.users.get(ctx.env.state.currentUserId)?.profileId === profile.id;
      requireScope(ctx.token?.scope ?? "", own ? [] : ["admin.profile:read"], ctx.path);
      return json(200, profile);
    },
    { scopes: ["admin.profile:read", "current.profile:read"] },
  );
  router.get(
    "/api/v4/account",
    (ctx) => json(200, { ...ctx.env.state.account, isOpenImageBank: false }),
    ANY_TOKEN,
  );
  router.get("/api/v4/account/derivatives", () => json(200, DERIVATIVES), ANY_TOKEN);
  router.get(
    "/api/v4/brands",
    (ctx) =>
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
    ANY_TOKEN,
  );
}

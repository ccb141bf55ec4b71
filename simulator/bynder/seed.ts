import { md5Hex, rngBytes, uuid } from "../core/ids";
import { bynderId } from "./ids";
import { tinyImage } from "./images";
import type { Asset, AssetType, Collection, Job, Order, SimEnv, Tag, User } from "./state";
import { ensureTag } from "./resources/assets/tags";
import { hashPassword } from "./resources/admin/users";

const WORDS = [
  "Summer",
  "Campaign",
  "Product",
  "Hero",
  "Banner",
  "Team",
  "Office",
  "Launch",
  "Spring",
  "Brand",
  "Event",
  "Portrait",
  "Catalog",
  "Social",
  "Winter",
  "Print",
  "Logo",
  "Packshot",
  "Keynote",
  "Retail",
];
const TYPES: [AssetType, string, number][] = [
  ["image", "jpg", 0.45],
  ["image", "png", 0.15],
  ["document", "pdf", 0.2],
  ["video", "mp4", 0.1],
  ["audio", "mp3", 0.05],
  ["3d", "glb", 0.05],
];
const DAY = 86_400_000;

export interface Seeder {
  assets(n: number, overrides?: Partial<Asset>): Asset[];
  users(n: number): User[];
  orders(n: number): Order[];
  tags(...names: string[]): Tag[];
  collections(n: number): Collection[];
  jobs(n: number, campaignId?: string): Job[];
}

export function createSeeder(env: SimEnv, rng: () => number): Seeder {
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rng() * xs.length)];
  const id = () => bynderId(rngBytes(rng, 16));
  let counter = 0;

  function content(ext: string, n: number): Buffer {
    if (ext === "png") return tinyImage("png");
    if (ext === "jpg") return tinyImage("jpg");
    const prefix = ext === "pdf" ? "%PDF-1.4\n" : "";
    return Buffer.concat([Buffer.from(prefix), rngBytes(rng, 256 + (n % 7) * 128)]);
  }

  function asset(overrides: Partial<Asset>): Asset {
    counter += 1;
    const now = env.clock();
    const roll = rng();
    let acc = 0;
    const [type, ext] =
      TYPES.find(([, , w]) => {
        acc += w;
        return acc >= roll;
      }) ?? TYPES[0];
    const created = now - Math.floor(rng() * 730 * DAY) - DAY;
    const modified = created + Math.floor(rng() * (now - created));
    const brand = pick(env.state.brands);
    const assetId = id();
    const name = `${pick(WORDS)} ${pick(WORDS)} ${String(counter).padStart(4, "0")}`;
    const fileName = `${name.toLowerCase().replace(/\s+/g, "-")}.${ext}`;
    const tagNames = [
      ...new Set(Array.from({ length: Math.floor(rng() * 4) }, () => pick(WORDS).toLowerCase())),
    ];
    for (const t of tagNames) ensureTag(env, t, id);
    const meta: Record<string, string[]> = {};
    for (const mp of env.state.metaproperties.values()) {
      if (mp.options.length > 0 && rng() < 0.7) meta[mp.id] = [pick(mp.options).id];
    }
    const itemId = id();
    const landscape = rng() < 0.6;
    const out: Asset = {
      id: assetId,
      idHash: md5Hex(assetId).slice(0, 16),
      name,
      description: `${name} for the ${pick(WORDS).toLowerCase()} team.`,
      copyright: `© ${new Date(created).getUTCFullYear()} Simulated Inc.`,
      brandId: brand.id,
      subBrandId: rng() < 0.3 ? (brand.subBrands[0]?.id ?? "") : "",
      type,
      extension: ext,
      width: type === "image" || type === "video" ? (landscape ? 1920 : 1080) : 0,
      height:
        type === "image" || type === "video" ? (landscape ? 1080 : rng() < 0.5 ? 1080 : 1920) : 0,
      dateCreated: created,
      dateModified: modified,
      datePublished: created,
      tags: tagNames,
      isPublic: rng() < 0.2,
      archive: rng() < 0.05,
      limited: rng() < 0.1,
      watermarked: false,
      userCreated: env.state.currentUserId,
      meta,
      items: [
        {
          id: itemId,
          idHash: md5Hex(itemId).slice(0, 16),
          type: "original",
          version: 1,
          fileName,
          active: true,
          dateCreated: created,
          content: content(ext, counter),
        },
      ],
      views: Math.floor(rng() * 500),
      downloads: Math.floor(rng() * 80),
      ...overrides,
    };
    env.state.assets.set(out.id, out);
    return out;
  }

  function user(): User {
    counter += 1;
    const first = pick(["Anna", "Bram", "Chloe", "Daan", "Eva", "Finn", "Gwen", "Hugo"]);
    const last = pick(["de Vries", "Jansen", "Smith", "Bakker", "Visser", "Meijer"]);
    const email = `${first.toLowerCase()}.${counter}@example.com`;
    const u: User = {
      id: id(),
      username: email,
      email,
      firstname: first,
      infix: "",
      lastname: last,
      profileId: [...env.state.profiles.keys()].at(-1) ?? "",
      active: rng() > 0.1,
      isSSOOnly: false,
      language: "en_US",
      groupIds: [],
      phoneNumber: "",
      companyName: "Simulated Inc.",
      department: "Marketing",
      job: "Designer",
      costCenter: "",
      passwordHash: hashPassword(`pw-${counter}`),
      lastLogin: env.clock() - DAY,
    };
    env.state.users.set(u.id, u);
    return u;
  }

  function order(): Order {
    counter += 1;
    const created = env.clock() - Math.floor(rng() * 90 * DAY);
    const o: Order = {
      id: id(),
      orderNumber: `NA${String(10000 + counter)}`,
      status: pick(["IN_PROGRESS", "IN_PRODUCTION", "FINISHED"]),
      dateCreated: created,
      dateModified: created,
      message: "",
      trackingnumber: "",
      userId: env.state.currentUserId,
      netPrice: Math.round(rng() * 50000) / 100,
      products: [
        {
          id: id(),
          productId: id(),
          name: pick(["Business cards", "Flyer A5", "Poster A2"]),
          quantity: 1 + Math.floor(rng() * 5),
          itemPrice: Math.round(rng() * 2000) / 100,
        },
      ],
    };
    env.state.orders.set(o.id, o);
    return o;
  }

  function collection(): Collection {
    counter += 1;
    const now = env.clock();
    const cid = id();
    const c: Collection = {
      id: cid,
      idHash: md5Hex(cid).slice(0, 16),
      name: `${pick(WORDS)} collection ${counter}`,
      description: "Seeded collection.",
      isPublic: rng() < 0.3,
      userId: env.state.currentUserId,
      dateCreated: now - Math.floor(rng() * 365 * DAY),
      dateModified: now,
      mediaIds: [],
      shares: [],
      views: 0,
    };
    env.state.collections.set(c.id, c);
    return c;
  }

  function job(campaignId?: string): Job {
    counter += 1;
    const campaign = campaignId
      ? env.state.campaigns.get(campaignId)
      : pick([...env.state.campaigns.values()]);
    if (!campaign) throw new Error(`Unknown campaign ${campaignId}`);
    const preset = [...env.state.presets.values()][0];
    const now = env.clock() - Math.floor(rng() * 30 * DAY);
    const j: Job = {
      id: uuid(),
      name: `${pick(WORDS)} job ${counter}`,
      description: "",
      deadline: null,
      campaignID: campaign.ID,
      accountableID: env.state.currentUserId,
      createdByID: env.state.currentUserId,
      presetID: preset?.ID ?? null,
      dateCreated: now,
      dateModified: now,
      jobKey: `${campaign.key.toUpperCase()}-${counter}`,
      dateFinished: null,
      jobMetaproperties: {},
      stages: (preset?.stages ?? [{ name: "Review" }]).map((s, i) => ({
        id: uuid(),
        position: i + 1,
        name: s.name,
        status: i === 0 ? "Active" : "Idle",
      })),
      activeStage: 0,
    };
    env.state.jobs.set(j.id, j);
    return j;
  }

  const times = <T>(n: number, make: () => T): T[] => Array.from({ length: n }, make);
  return {
    assets: (n, overrides = {}) => times(n, () => asset(overrides)),
    users: (n) => times(n, user),
    orders: (n) => times(n, order),
    tags: (...names) => names.map((n) => ensureTag(env, n, id)),
    collections: (n) => times(n, collection),
    jobs: (n, campaignId) => times(n, () => job(campaignId)),
  };
}

import { randomBytes } from "node:crypto";
import type { SimEnv as CoreSimEnv } from "../core/router";
import { AssetStore } from "./assetStore";
import type { Envelope, SnsKeys } from "./resources/sns";
import type {
  AssetUsage,
  Brand,
  Campaign,
  Group,
  Job,
  JobMedia,
  JobPreset,
  Order,
  Profile,
  SimSubscription,
  Trashed,
  User,
} from "./model";

export type {
  AssetUsage,
  Brand,
  Group,
  Campaign,
  Job,
  JobMedia,
  JobPreset,
  JobStage,
  Order,
  OrderProduct,
  Profile,
  SimSubscription,
  Trashed,
  User,
} from "./model";

export type AssetType = "image" | "document" | "audio" | "video" | "3d";
export const ASSET_TYPES: AssetType[] = ["image", "document", "audio", "video", "3d"];

export interface MediaItem {
  id: string;
  idHash: string;
  type: "original" | "additional";
  version: number;
  fileName: string;
  active: boolean;
  dateCreated: number;
  content: Buffer;
}

export interface Asset {
  id: string;
  idHash: string;
  name: string;
  description: string;
  copyright: string;
  brandId: string;
  subBrandId: string;
  type: AssetType;
  extension: string;
  width: number;
  height: number;
  dateCreated: number;
  dateModified: number;
  datePublished: number;
  tags: string[];
  isPublic: boolean;
  archive: boolean;
  limited: boolean;
  watermarked: boolean;
  userCreated: string;
  /** metaproperty id -> option ids (select types) or a single raw value (text/date types). */
  meta: Record<string, string[]>;
  items: MediaItem[];
  views: number;
  downloads: number;
}

export type MetapropertyType = "select" | "select2" | "text" | "longtext" | "date" | "autocomplete";
export const METAPROPERTY_TYPES: MetapropertyType[] = [
  "select",
  "select2",
  "text",
  "longtext",
  "date",
  "autocomplete",
];

export interface MetaOption {
  id: string;
  name: string;
  label: string;
  zindex: number;
  isSelectable: boolean;
  externalReference: string;
  labels: Record<string, string>;
  date: number;
}

export interface Metaproperty {
  id: string;
  name: string;
  label: string;
  type: MetapropertyType;
  isMultiselect: boolean;
  isRequired: boolean;
  isFilterable: boolean;
  isMainfilter: boolean;
  isEditable: boolean;
  zindex: number;
  options: MetaOption[];
}

export interface Tag {
  id: string;
  tag: string;
}

export interface CollectionShare {
  recipients: string[];
  groups: string[];
  profiles: string[];
  collectionOptions: string;
  loginRequired: boolean;
  sendMail: boolean;
  message: string;
  dateStart?: string;
  dateEnd?: string;
}

export interface Collection {
  id: string;
  idHash: string;
  name: string;
  description: string;
  isPublic: boolean;
  userId: string;
  dateCreated: number;
  dateModified: number;
  mediaIds: string[];
  thumbnailAssetId?: string;
  shares: CollectionShare[];
  views: number;
}

export interface LegacyUpload {
  uploadId: string;
  targetid: string;
  s3Filename: string;
  fileName: string;
  registered: Set<number>;
}

/** A finalised upload waiting to be saved as an asset, a version or an additional file. */
export interface ImportJob {
  importId: string;
  fileName: string;
  content: Buffer;
  finalisedAt: number;
  outcome: "done" | "failed" | "rejected";
  /** How long after finalising it is converted and may be saved; default `config.processingMs`. */
  convertMs?: number;
}

export interface V7Upload {
  fileId: string;
  chunks: Map<number, Buffer>;
  finalised: boolean;
}

export interface TokenRecord {
  token: string;
  clientId: string;
  scope: string;
  expiresAt: number;
}

export interface AuthCode {
  clientId: string;
  redirectUri: string;
  scope: string;
  used: boolean;
  expiresAt: number;
}

export interface SimState {
  assets: AssetStore;
  tags: Map<string, Tag>;
  metaproperties: Map<string, Metaproperty>;
  collections: Map<string, Collection>;
  campaigns: Map<string, Campaign>;
  jobs: Map<string, Job>;
  presets: Map<string, JobPreset>;
  jobMedia: JobMedia[];
  users: Map<string, User>;
  profiles: Map<string, Profile>;
  groups: Map<string, Group>;
  assetUsages: Map<string, AssetUsage>;
  brands: Brand[];
  orders: Map<string, Order>;
  account: {
    name: string;
    timeZone: string;
    defaultLanguage: string;
    availableLanguages: string[];
  };
  currentUserId: string;
  s3Objects: Map<string, Buffer>;
  legacyUploads: Map<string, LegacyUpload>;
  imports: Map<string, ImportJob>;
  v7Uploads: Map<string, V7Upload>;
  tokens: Map<string, TokenRecord>;
  refreshTokens: Map<string, { clientId: string; scope: string }>;
  authCodes: Map<string, AuthCode>;
  /** Removed assets, newest last (`/api/trash/media`). */
  trash: Trashed[];
  /** v7 webhook configurations by id. */
  webhooks: Map<string, SimSubscription>;
  /** Simulated SNS: its signing key (made on first use) and the last envelopes sent. */
  sns: { keys?: SnsKeys; sent: Map<string, { sub: SimSubscription; envelope: Envelope }> };
}

export function createState(): SimState {
  return {
    assets: new AssetStore(),
    tags: new Map(),
    metaproperties: new Map(),
    collections: new Map(),
    campaigns: new Map(),
    jobs: new Map(),
    presets: new Map(),
    jobMedia: [],
    users: new Map(),
    profiles: new Map(),
    groups: new Map(),
    assetUsages: new Map(),
    brands: [],
    orders: new Map(),
    account: {
      name: "Simulated Bynder",
      timeZone: "Europe/Amsterdam",
      defaultLanguage: "en_US",
      availableLanguages: ["en_US", "nl_NL", "de_DE"],
    },
    currentUserId: "",
    s3Objects: new Map(),
    legacyUploads: new Map(),
    imports: new Map(),
    v7Uploads: new Map(),
    tokens: new Map(),
    refreshTokens: new Map(),
    authCodes: new Map(),
    trash: [],
    webhooks: new Map(),
    sns: { sent: new Map() },
  };
}

export interface SimConfig {
  clientId: string;
  clientSecret: string;
  permanentToken: string;
  tokenTtlSeconds: number;
  processingMs: number;
  /** How long a v7 (files service) upload converts after finalise; saves answer 303 until then. */
  v7ConversionMs: number;
  /** The simulated OAuth app's scopes: what a token request without `scope` is granted. */
  scopes: string[];
  /** Origin clients reach the simulator at (behind a proxy); undefined means the listen URL. */
  publicUrl?: string;
  /** HMAC key for tokens, S3 policies and pre-signed download URLs. */
  secret: Buffer;
}

/** Everything a handler may touch. */
export type SimEnv = CoreSimEnv<SimState, SimConfig>;

export function newSecret(): Buffer {
  return randomBytes(32);
}

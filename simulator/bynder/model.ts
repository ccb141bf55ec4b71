/** Workflow, user and brandstore records held in the simulator state. */
export interface Campaign {
  ID: string;
  name: string;
  key: string;
  description: string;
  dateStart: string | null;
  deadline: string | null;
  closed: boolean;
  responsibleID: string;
  presetID: string | null;
  accountID: string;
  createdByID: string;
  dateCreated: number;
  dateModified: number;
  campaignMetaproperties: Record<string, unknown>;
}

export interface JobStage {
  id: string;
  position: number;
  status: string;
  name: string;
}

export interface Job {
  id: string;
  name: string;
  description: string;
  deadline: string | null;
  campaignID: string;
  accountableID: string;
  createdByID: string;
  presetID: string | null;
  dateCreated: number;
  dateModified: number;
  jobKey: string;
  dateFinished: number | null;
  jobMetaproperties: Record<string, string>;
  stages: JobStage[];
  activeStage: number;
}

export interface JobPreset {
  ID: string;
  name: string;
  wf_uuid: string;
  stages: { ID: string; name: string; position: number; type: string }[];
}

export interface JobMedia {
  id: string;
  jobId: string;
  filename: string;
  status: string;
  version: number;
  dateCreated: number;
  dateModified: number;
}

export interface User {
  id: string;
  username: string;
  email: string;
  firstname: string;
  infix: string;
  lastname: string;
  profileId: string;
  active: boolean;
  isSSOOnly: boolean;
  language: string;
  groupIds: string[];
  phoneNumber: string;
  companyName: string;
  department: string;
  job: string;
  costCenter: string;
  /** Stored only as a hash and never rendered. */
  passwordHash: string;
  lastLogin: number | null;
}

export interface Profile {
  id: string;
  name: string;
  roles: string[];
}

export interface Brand {
  id: string;
  name: string;
  description: string;
  subBrands: { id: string; name: string; description: string }[];
}

export interface OrderProduct {
  id: string;
  productId: string;
  name: string;
  quantity: number;
  itemPrice: number;
}

export interface Order {
  id: string;
  orderNumber: string;
  status: string;
  dateCreated: number;
  dateModified: number;
  message: string;
  trackingnumber: string;
  userId: string;
  netPrice: number;
  products: OrderProduct[];
}

/** An asset-bank user group (`GET /api/groups/list/`), a target of collection shares. */
export interface Group {
  id: string;
  name: string;
}

/** Where an integration says an asset is published (`/api/media/usage`). */
export interface AssetUsage {
  id: string;
  integrationId: string;
  assetId: string;
  uri: string;
  additional: string;
  timestamp: string;
}

/** What the trash keeps of a removed asset (`GET /api/trash/media`). */
export interface Trashed {
  id: string;
  name: string;
  dateCreated: number;
  dateRemoved: number;
  userId: string;
  username: string;
}

/** A v7 webhook configuration, with the SNS topic and the token its SubscribeURL carries. */
export interface SimSubscription {
  id: string;
  name: string;
  endpoint: string;
  protocol: string;
  events: string[];
  preArchivedNotificationDays: number;
  status: number;
  confirmed: boolean;
  topicArn: string;
  token: string;
}

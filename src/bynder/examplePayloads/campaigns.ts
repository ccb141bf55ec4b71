/** A workflow campaign as GET /api/workflow/campaigns/{id} returns it (note the upper-case `ID`). */
export interface Campaign {
  ID: string;
  name: string;
  key: string;
  description?: string;
  responsibleID?: string;
  dateStart?: string | null;
  deadline?: string | null;
  closed?: boolean;
  campaignMetaproperties?: Record<string, string>;
  [field: string]: unknown;
}

export const CAMPAIGN_ID = "3F9A1C7E-5B2D-4E8F-A06B-1C2D3E4F5A6B";
const WORKFLOW_USER_ID = "2A4C6E8F-1B3D-4F5A-8C7E-9D0F1A2B3C4D";

export const campaignExample: Campaign = {
  ID: CAMPAIGN_ID,
  name: "Spring launch 2026",
  key: "SPR6",
  description: "Everything for the spring product launch.",
  responsibleID: WORKFLOW_USER_ID,
  dateStart: "2026-03-01T00:00:00+00:00",
  deadline: "2026-04-15T00:00:00",
  closed: false,
  presetID: null,
  accountID: "7C5E3A1B-9D8F-4B6A-8E2C-4F6A8B0D2E4F",
  createdByID: WORKFLOW_USER_ID,
  dateCreated: "2026-02-20T10:12:33+00:00",
  dateModified: "2026-02-21T08:40:05+00:00",
  thumbnailURL:
    "https://bynder-public-eu-central-1.s3.eu-central-1.amazonaws.com/workflow/campaign/3F9A1C7E/500x500.jpg",
  campaignMetaproperties: {},
};

export const campaignListExample: Campaign[] = [campaignExample];

/** Bynder's own answer to POST /api/workflow/campaigns: the ID without dashes. */
export const campaignCreatedAnswer = { id: CAMPAIGN_ID.replace(/-/g, "").toLowerCase() };

export const campaignClosedExample = { closed: true, id: CAMPAIGN_ID };
export const campaignDeletedExample = { deleted: true, id: CAMPAIGN_ID };

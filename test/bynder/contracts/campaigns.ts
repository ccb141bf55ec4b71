import {
  CAMPAIGN_ID,
  campaignClosedExample,
  campaignCreatedAnswer,
  campaignDeletedExample,
  campaignExample,
  campaignListExample,
} from "../../../src/bynder/examplePayloads/campaigns";
import type { Contracts } from "./types";

const ID = CAMPAIGN_ID;
const DASHED_LOWER = ID.toLowerCase();
const USER = campaignExample.responsibleID as string;

export const campaignsContracts: Contracts = {
  // No Location header here: the 32-hex id of the answer is dashed to read the campaign back.
  createCampaign: {
    inputs: {
      name: "Spring launch 2026",
      key: "SPR6",
      description: "Everything for the spring product launch.",
      responsibleId: USER,
      data: '{"dateStart": "2026-03-01T00:00:00", "deadline": "2026-04-15T00:00:00"}',
    },
    requests: [
      {
        method: "POST",
        path: "/api/workflow/campaigns",
        encoding: "json",
        body: {
          name: "Spring launch 2026",
          key: "SPR6",
          description: "Everything for the spring product launch.",
          responsibleID: USER,
          dateStart: "2026-03-01T00:00:00",
          deadline: "2026-04-15T00:00:00",
        },
        reply: { status: 201, body: campaignCreatedAnswer },
      },
      {
        method: "GET",
        path: `/api/workflow/campaigns/${DASHED_LOWER}`,
        reply: { body: campaignExample },
      },
    ],
  },
  getCampaign: {
    inputs: { id: ID },
    requests: [
      { method: "GET", path: `/api/workflow/campaigns/${ID}`, reply: { body: campaignExample } },
    ],
  },
  listCampaigns: {
    inputs: {},
    requests: [
      { method: "GET", path: "/api/workflow/campaigns", reply: { body: campaignListExample } },
    ],
  },
  // Blank inputs keep the current values: the PUT carries the whole campaign.
  updateCampaign: {
    inputs: {
      id: ID,
      name: "Spring launch 2026 (extended)",
      key: "",
      responsibleId: "",
      description: "",
      data: '{"deadline": "2026-04-30T00:00:00"}',
    },
    requests: [
      { method: "GET", path: `/api/workflow/campaigns/${ID}`, reply: { body: campaignExample } },
      {
        method: "PUT",
        path: `/api/workflow/campaigns/${ID}`,
        encoding: "json",
        body: {
          name: "Spring launch 2026 (extended)",
          key: "SPR6",
          description: campaignExample.description,
          dateStart: campaignExample.dateStart,
          deadline: "2026-04-30T00:00:00",
          closed: false,
          responsibleID: USER,
          campaignMetaproperties: {},
        },
        reply: { status: 201, body: { id: ID.replace(/-/g, "") } },
      },
    ],
    expected: {
      ...campaignExample,
      name: "Spring launch 2026 (extended)",
      deadline: "2026-04-30T00:00:00",
    },
  },
  deleteCampaign: {
    inputs: { id: ID },
    requests: [
      { method: "DELETE", path: `/api/workflow/campaigns/${ID}`, reply: { status: 204, body: "" } },
    ],
    expected: campaignDeletedExample,
  },
  closeCampaign: {
    inputs: { id: ID },
    requests: [
      { method: "POST", path: `/api/workflow/campaigns/${ID}`, reply: { status: 204, body: "" } },
    ],
    expected: campaignClosedExample,
  },
};

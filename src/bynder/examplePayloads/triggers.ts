import { assetExample } from "./assets";

/** What New and Updated Records emits (as the trigger payload's body data). */
export const pollResultExample = {
  created: [assetExample as Record<string, unknown>],
  updated: [
    {
      ...assetExample,
      id: "5B3D2F40-9C8E-4F60-8B1C2D3E4F5A6B7C",
      name: "Autumn campaign poster",
      dateModified: "2026-03-10T14:05:40Z",
    } as Record<string, unknown>,
  ],
  deleted: [
    {
      id: "7C9E1A3B-5D7F-4A1C-9E3B-5D7F9A1C3E5B",
      name: "Old logo",
      dateRemoved: "2026-03-10T13:58:02+00:00",
      dateCreated: "2025-11-04T08:12:44+00:00",
      userId: "4D2B0A19-8E7F-4C6D-9B5A-3E2F1D0C9B8A",
    } as Record<string, unknown>,
  ],
};

/** A security profile as GET /api/v4/profiles/ and /api/v4/profiles/{id}/ return it. */
export interface SecurityProfile {
  id: string;
  name: string;
  roles: string[];
  [field: string]: unknown;
}

export const securityProfileExample: SecurityProfile = {
  id: "3C1A5E7B-9D2F-4A6C-8E0B1D3F5A7C9E2B",
  name: "Marketing Editor",
  roles: ["MEDIAUPLOAD", "MEDIAEDIT", "MEDIAHIGHRES", "COLLECTIONADD"],
};

export const securityProfileListExample: SecurityProfile[] = [
  {
    id: "6D8F0A2C-4E6B-4D8F-A1C3E5B7D9F1A3C5",
    name: "Admin",
    roles: ["GROUPMANAGEMENT", "USERMANAGEMENT", "PERMISSIONMANAGEMENT", "MEDIAEDIT"],
  },
  securityProfileExample,
  { id: "7E9A1C3E-5B7D-4F9A-B2D4F6A8C0E2B4D6", name: "Viewer", roles: [] },
];

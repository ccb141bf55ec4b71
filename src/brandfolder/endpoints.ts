import type { PagingVendor } from "../core/paging/pageShape";

/**
 * What Brandfolder's endpoints are: paths and page sizes. It sits beneath the client, connections,
 * actions and dropdowns, which import it and never each other for this.
 */

/** Brandfolder's v4 API reference (Smartsheet's developer portal); every action links it. */
export const BRANDFOLDER_REFERENCE = "https://developers.smartsheet.com/api/brandfolder/openapi";

/** The reference page of one operation, from its OpenAPI tag and operationId. */
export const operationDoc = (tag: string, operationId: string) =>
  `${BRANDFOLDER_REFERENCE}/${tag}/${operationId.toLowerCase()}`;

/** Named in paging messages; Brandfolder has no cursor header. */
export const BRANDFOLDER_PAGING: PagingVendor = { name: "Brandfolder" };

/** The default origin when the connection's API Host is blank. */
export const DEFAULT_API_HOST = "https://brandfolder.com";

/** Every v4 operation sits under this prefix; webhooks under V1. */
export const V4 = "/api/v4";
export const V1 = "/api/v1";

/** Brandfolder's page size: `per` defaults to 100 and is capped at 3000 (brandfolder-api.md). */
export const DEFAULT_PER = 100;
export const MAX_PER = 3000;

export const ORGANIZATIONS_PATH = `${V4}/organizations`;
export const BRANDFOLDERS_PATH = `${V4}/brandfolders`;
export const BRANDFOLDER_PATH = `${V4}/brandfolders/{brandfolderId}`;
/** Keys of one Brandfolder: listed, created in a batch. */
export const CUSTOM_FIELD_KEYS_PATH = `${V4}/brandfolders/{brandfolderId}/custom_field_keys`;
export const CUSTOM_FIELD_KEY_PATH = `${V4}/custom_field_keys/{customFieldKeyId}`;
/** Values of one key, created for many assets at once. */
export const KEY_VALUES_PATH = `${V4}/custom_field_keys/{customFieldKeyId}/custom_field_values`;
export const CUSTOM_FIELD_VALUE_PATH = `${V4}/custom_field_values/{customFieldValueId}`;
export const ASSET_VALUES_PATH = `${V4}/assets/{assetId}/custom_field_values`;
export const ORGANIZATION_PATH = `${V4}/organizations/{organizationId}`;
export const ORGANIZATION_BRANDFOLDERS_PATH = `${V4}/organizations/{organizationId}/brandfolders`;
export const BRANDFOLDER_TAGS_PATH = `${V4}/brandfolders/{brandfolderId}/tags`;
export const SECTIONS_PATH = `${V4}/brandfolders/{brandfolderId}/sections`;
export const SECTION_PATH = `${V4}/sections/{sectionId}`;
export const LABELS_PATH = `${V4}/brandfolders/{brandfolderId}/labels`;
export const LABEL_PATH = `${V4}/labels/{labelId}`;
export const LABEL_MOVE_PATH = `${V4}/labels/{labelId}/move`;
export const ATTACHMENT_PATH = `${V4}/attachments/{attachmentId}`;
/** Invitations and user permissions of a parent the user picks (its kind is the path segment). */
export const PARENT_INVITATIONS_PATH = `${V4}/{parentKind}/{parentId}/invitations`;
export const INVITATION_PATH = `${V4}/invitations/{invitationId}`;
export const PARENT_USER_PERMISSIONS_PATH = `${V4}/{parentKind}/{parentId}/user_permissions`;
export const USER_PERMISSION_PATH = `${V4}/user_permissions/{userPermissionId}`;
/** Assets of one parent: `{parent}` is brandfolders, sections, collections or labels. */
export const PARENT_ASSETS_PATH = `${V4}/{parent}/{parentId}/assets`;
export const ASSET_PATH = `${V4}/assets/{assetId}`;
export const ASSET_TAGS_PATH = `${V4}/assets/{assetId}/tags`;
/** Tag removal is asynchronous: Brandfolder queues it and answers at once. */
export const ASYNC_ASSET_TAGS_PATH = `${V4}/async/tags/assets/{assetId}`;
export const TAG_PATH = `${V4}/tags/{tagId}`;
export const COLLECTIONS_PATH = `${V4}/collections`;
export const BRANDFOLDER_COLLECTIONS_PATH = `${V4}/brandfolders/{brandfolderId}/collections`;
export const COLLECTION_PATH = `${V4}/collections/{collectionId}`;
export const COLLECTION_TAGS_PATH = `${V4}/collections/{collectionId}/tags`;
/** Fetch All's page size: far below MAX_PER so one response of full asset records stays small. */
export const FETCH_ALL_PER = 500;
/** Webhook subscriptions: Brandfolder serves them on the v1 prefix only. */
export const WEBHOOKS_PATH = `${V1}/webhooks`;
export const WEBHOOK_PATH = `${V1}/webhooks/{webhookId}`;
export const WEBHOOK_SEND_PATH = `${V1}/webhooks/send`;
/** Signed storage URLs for one file: PUT the bytes there, then create the asset from object_url. */
export const UPLOAD_REQUESTS_PATH = `${V4}/upload_requests`;

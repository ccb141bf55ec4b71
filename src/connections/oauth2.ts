import { OAuth2Type, oauth2Connection } from "@prismatic-io/spectral";
import { AUTHORIZE_PATH, DEFAULT_SCOPES, TOKEN_PATH } from "./scopes";

export const oauth2 = oauth2Connection({
  key: "oauth2",
  display: {
    label: "OAuth 2.0",
    description:
      "Connect with an OAuth app (Authorization Code grant) registered in Bynder under Settings > Advanced Settings > Portal Settings > OAuth Apps.",
  },
  oauth2Type: OAuth2Type.AuthorizationCode,
  inputs: {
    authorizeUrl: {
      label: "Authorize URL",
      type: "string",
      required: true,
      shown: true,
      placeholder: `https://your-portal.bynder.com${AUTHORIZE_PATH}`,
      example: `https://acme.bynder.com${AUTHORIZE_PATH}`,
      comments: "The OAuth 2.0 authorization URL for the Bynder domain.",
    },
    tokenUrl: {
      label: "Token URL",
      type: "string",
      required: true,
      shown: true,
      placeholder: `https://your-portal.bynder.com${TOKEN_PATH}`,
      example: `https://acme.bynder.com${TOKEN_PATH}`,
      comments:
        "The OAuth 2.0 token URL used to exchange the authorization code for an access token.",
    },
    scopes: {
      label: "Scopes",
      type: "string",
      required: true,
      shown: true,
      default: DEFAULT_SCOPES,
      comments: "Space-separated list of OAuth permission scopes granted to the access token.",
    },
    clientId: {
      label: "Client ID",
      type: "string",
      required: true,
      shown: true,
      comments: "The Client ID from the Bynder OAuth application credentials.",
    },
    clientSecret: {
      label: "Client Secret",
      type: "password",
      required: true,
      shown: true,
      comments: "The Client Secret from the Bynder OAuth application credentials.",
    },
  },
});

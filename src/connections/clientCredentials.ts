import { OAuth2Type, oauth2Connection } from "@prismatic-io/spectral";
import { DEFAULT_SCOPES, TOKEN_PATH } from "./scopes";

export const oauth2ClientCredentials = oauth2Connection({
  key: "oauth2ClientCredentials",
  display: {
    label: "OAuth 2.0 Client Credentials",
    description:
      "Connect server-to-server with an OAuth app (Client Credentials grant); tokens act as the app's assigned Bynder user.",
  },
  oauth2Type: OAuth2Type.ClientCredentials,
  inputs: {
    tokenUrl: {
      label: "Token URL",
      type: "string",
      required: true,
      shown: true,
      placeholder: `https://your-portal.bynder.com${TOKEN_PATH}`,
      example: `https://acme.bynder.com${TOKEN_PATH}`,
      comments:
        "The OAuth 2.0 token URL used to exchange the client credentials for an access token.",
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

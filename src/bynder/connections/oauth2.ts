import { OAuth2Type, oauth2Connection } from "@prismatic-io/spectral";
import { AUTHORIZE_PATH } from "../endpoints";
import { oauthCredentialInputs, pacingInputs, tokenUrlInput } from "./inputs";

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
    tokenUrl: tokenUrlInput(
      "The OAuth 2.0 token URL used to exchange the authorization code for an access token.",
    ),
    ...oauthCredentialInputs,
    ...pacingInputs,
  },
});

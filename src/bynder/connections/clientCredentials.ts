import { OAuth2Type, oauth2Connection } from "@prismatic-io/spectral";
import { oauthCredentialInputs, pacingInputs, tokenUrlInput } from "./inputs";

export const oauth2ClientCredentials = oauth2Connection({
  key: "oauth2ClientCredentials",
  display: {
    label: "OAuth 2.0 Client Credentials",
    description:
      "Connect server-to-server with an OAuth app (Client Credentials grant); tokens act as the app's assigned Bynder user.",
  },
  oauth2Type: OAuth2Type.ClientCredentials,
  inputs: {
    tokenUrl: tokenUrlInput(
      "The OAuth 2.0 token URL used to exchange the client credentials for an access token.",
    ),
    ...oauthCredentialInputs,
    ...pacingInputs,
  },
});

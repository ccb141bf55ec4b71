import { DEFAULT_SCOPES, TOKEN_PATH } from "./scopes";

/** Inputs both OAuth connections share; only the Token URL's comment differs between the grants. */
export function tokenUrlInput(comments: string) {
  return {
    label: "Token URL",
    type: "string",
    required: true,
    shown: true,
    placeholder: `https://your-portal.bynder.com${TOKEN_PATH}`,
    example: `https://acme.bynder.com${TOKEN_PATH}`,
    comments,
  } as const;
}

export const oauthCredentialInputs = {
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
} as const;

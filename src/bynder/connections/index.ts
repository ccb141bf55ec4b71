import { oauth2ClientCredentials } from "./clientCredentials";
import { oauth2 } from "./oauth2";
import { permanentToken } from "./permanentToken";

export { oauth2, oauth2ClientCredentials, permanentToken };
export default [oauth2, oauth2ClientCredentials, permanentToken];

import account from "./account";
import assets from "./assets";
import brands from "./brands";
import metaproperties from "./metaproperties";
import misc from "./misc";
import orders from "./orders";
import securityProfiles from "./securityProfiles";
import tags from "./tags";
import users from "./users";

/** Every action, keyed by the camelCase of its label. */
export default {
  ...account,
  ...assets,
  ...brands,
  ...metaproperties,
  ...orders,
  ...securityProfiles,
  ...tags,
  ...users,
  ...misc,
};

import account from "./account";
import assets from "./assets";
import brands from "./brands";
import campaigns from "./campaigns";
import collections from "./collections";
import jobs from "./jobs";
import metaproperties from "./metaproperties";
import misc from "./misc";
import orders from "./orders";
import securityProfiles from "./securityProfiles";
import tags from "./tags";
import usage from "./usage";
import users from "./users";

/** Every action, keyed by the camelCase of its label. */
export default {
  ...account,
  ...assets,
  ...brands,
  ...campaigns,
  ...collections,
  ...jobs,
  ...metaproperties,
  ...orders,
  ...securityProfiles,
  ...tags,
  ...usage,
  ...users,
  ...misc,
};

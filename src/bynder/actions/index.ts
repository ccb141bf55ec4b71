import account from "./account";
import assets from "./assets";
import brands from "./brands";
import campaigns from "./campaigns";
import collections from "./collections";
import downloads from "./downloads";
import jobs from "./jobs";
import metaproperties from "./metaproperties";
import misc from "./misc";
import orders from "./orders";
import securityProfiles from "./securityProfiles";
import tags from "./tags";
import uploads from "./uploads";
import usage from "./usage";
import users from "./users";
import webhooks from "./webhooks";

/** Every action, keyed by the camelCase of its label. */
export default {
  ...account,
  ...assets,
  ...brands,
  ...campaigns,
  ...collections,
  ...downloads,
  ...jobs,
  ...metaproperties,
  ...orders,
  ...securityProfiles,
  ...tags,
  ...uploads,
  ...usage,
  ...users,
  ...webhooks,
  ...misc,
};

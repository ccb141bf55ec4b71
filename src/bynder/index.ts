import { bynderComponent } from "./component";

/** The component as published: production defaults, one instance per process. */
export default bynderComponent();

import { brandfolderComponent } from "./component";

/** The component as published. */
export default brandfolderComponent();

/** The schemas module, loaded after the id files are written. */
export type Schemas = typeof import('../../../src/schemas/index.js');

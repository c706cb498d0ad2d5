import * as model from './model';

export * from './model';

/** Every entity, for the data source and the schema agreement test. */
export const entities = Object.values(model);

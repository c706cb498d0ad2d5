/** Stock movements, counts and transfers between stores. */
export const stockChannels = {};

/** Low stock, reorder suggestions and purchase orders (deliveries). */
export const purchasingChannels = {};

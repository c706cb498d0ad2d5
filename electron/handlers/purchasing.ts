import type { HandlerRegistry } from '../host/context';

export const purchasingHandlers = {} satisfies Partial<HandlerRegistry>;

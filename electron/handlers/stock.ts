import type { HandlerRegistry } from '../host/context';

export const stockHandlers = {} satisfies Partial<HandlerRegistry>;

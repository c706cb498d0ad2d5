import type { HandlerRegistry } from '../host/context';
import * as auth from './auth';
import * as catalog from './catalog';
import * as demo from './demo';
import * as setup from './setup';
import * as staff from './staff';

/** Every channel's handler; the type makes a missing one a compile error. */
export const handlers: HandlerRegistry = {
  'setup.getStatus': setup.getStatus,
  'setup.createStore': setup.createStore,
  'auth.login': auth.login,
  'auth.logout': auth.logout,
  'auth.getSession': auth.getSession,
  'staff.list': staff.list,
  'staff.create': staff.create,
  'products.list': catalog.productsList,
  'categories.list': catalog.categoriesList,
  'demo.loadData': demo.loadData,
};

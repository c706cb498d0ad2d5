import { useMemo } from 'react';
import { useNavigate } from 'react-router';
import { drillInto, ordersOfDay } from './drill';
import type { Picks } from './picks';
import type { DashboardView } from './view';

/** Clicks on charts: narrow the dashboard (shown as chips), drill into time, or open what was clicked. */
export function usePicks(change: (patch: Partial<DashboardView>) => void): Picks {
  const navigate = useNavigate();
  return useMemo(
    () => ({
      store: (id) => change({ storeIds: [id] }),
      category: (id) => change({ categoryId: id }),
      brand: (id) => change({ brandId: id }),
      bucket: (shown) => {
        const narrower = drillInto(shown);
        if (narrower) change(narrower);
        else void navigate(ordersOfDay(shown));
      },
      product: (id) => void navigate(`/inventory/products/${id}`),
      customer: (id) => void navigate(`/customers/${id}`),
    }),
    [change, navigate],
  );
}

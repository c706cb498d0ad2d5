import { Link, useLocation } from 'react-router';
import { productListPath } from '../useProductListParams';
import classes from './InventoryLayout.module.css';

interface Section {
  to: string;
  label: string;
  /** Paths below `to` that belong to the section (the product list owns /inventory/products/...). */
  owns: string[];
}

const SECTIONS: Section[] = [
  { to: '/inventory', label: 'Products', owns: ['/inventory/products'] },
  { to: '/inventory/low-stock', label: 'Low stock', owns: [] },
  { to: '/inventory/count', label: 'Stock count', owns: [] },
  { to: '/inventory/transfers', label: 'Transfers', owns: [] },
  { to: '/inventory/purchase-orders', label: 'Purchase orders', owns: [] },
  { to: '/inventory/suppliers', label: 'Suppliers', owns: [] },
  { to: '/inventory/categories', label: 'Categories', owns: [] },
];

function isActive(section: Section, pathname: string): boolean {
  if (section.to === '/inventory') {
    return pathname === '/inventory' || section.owns.some((prefix) => pathname.startsWith(prefix));
  }
  return pathname === section.to || pathname.startsWith(`${section.to}/`);
}

export function InventoryNav() {
  const { pathname } = useLocation();
  return (
    <nav aria-label="Inventory sections" className={classes.nav}>
      {SECTIONS.map((section) => (
        <Link
          key={section.to}
          // The product list comes back as it was left (search and filters live in its address).
          to={section.to === '/inventory' ? productListPath() : section.to}
          className={classes.tab}
          aria-current={isActive(section, pathname) ? 'page' : undefined}
        >
          {section.label}
        </Link>
      ))}
    </nav>
  );
}

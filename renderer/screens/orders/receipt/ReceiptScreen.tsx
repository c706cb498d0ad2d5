import { Button } from '@mantine/core';
import { useNavigate, useParams, useSearchParams } from 'react-router';
import { useReceipt } from '../../../api/hooks/useOrders';
import { PrintDocument } from '../../../components/inventory/PrintDocument';
import { QueryError } from '../../../components/inventory/QueryError';
import { Shortcut } from '../../../components/inventory/Shortcut';
import { TableSkeleton } from '../../../components/inventory/TableSkeleton';
import { useShortcut } from '../../../components/inventory/useShortcut';
import { orderTitle } from '../labels';
import { ReceiptSheet } from './ReceiptSheet';

/** A receipt to print or save as PDF; straight after a sale, Enter starts the next one. */
export function ReceiptScreen() {
  const orderId = Number(useParams().orderId);
  const fromTill = useSearchParams()[0].get('from') === 'till';
  const navigate = useNavigate();
  const receipt = useReceipt(orderId);
  const newSale = () => void navigate('/orders/new');
  useShortcut('Enter', newSale, { enabled: fromTill });
  if (receipt.isPending) return <TableSkeleton label="Loading receipt" />;
  if (receipt.isError) return <QueryError error={receipt.error} onRetry={() => void receipt.refetch()} />;
  return (
    <PrintDocument
      title={`Receipt — ${orderTitle(receipt.data.orderNumber)}`}
      backTo={`/orders/${orderId}`}
      backLabel="← Order details"
      tools={
        fromTill && (
          <Button variant="default" onClick={newSale} rightSection={<Shortcut keys="Enter" />} data-autofocus>
            New sale
          </Button>
        )
      }
    >
      <ReceiptSheet receipt={receipt.data} />
    </PrintDocument>
  );
}

import { Alert, Badge, Button, Grid, Group, Paper, SegmentedControl, Stack, Title } from '@mantine/core';
import { useRef, useState } from 'react';
import { useNavigate } from 'react-router';
import { roleAllows } from '../../../../shared/roles';
import { isApiError } from '../../../api/ApiError';
import { useCurrentStaff } from '../../../api/hooks/useSession';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { Shortcut } from '../../../components/inventory/Shortcut';
import { useShortcut } from '../../../components/inventory/useShortcut';
import { ApprovalDialog, type Approval } from '../../../components/ApprovalDialog';
import { CartTable } from './CartTable';
import { BasketSuggestions } from './BasketSuggestions';
import { CustomerDialog } from './CustomerDialog';
import { DiscountDialog } from './DiscountDialog';
import { ParkedSalesDialog } from './ParkedSalesDialog';
import { describeDiscount, formatPercentBp } from './discount-text';
import { PaymentPanel } from './PaymentPanel';
import { PriceConflict } from './PriceConflict';
import { TillSearch } from './TillSearch';
import { TillShortcuts } from './TillShortcuts';
import { TotalsPanel } from './TotalsPanel';
import { useTill, type SaleChannel } from './useTill';

type Dialog = 'line-discount' | 'order-discount' | 'customer' | 'approval' | 'parked' | null;

/** Order entry: scan, adjust, take payment, complete. Every step has a key; the scan box keeps the focus. */
export function TillScreen() {
  const till = useTill();
  const navigate = useNavigate();
  const scanRef = useRef<HTMLInputElement>(null);
  const paymentRef = useRef<HTMLDivElement>(null);
  const [dialog, setDialog] = useState<Dialog>(null);
  const [pendingSave, setPendingSave] = useState(false);
  const { cart, dispatch, quote } = till;
  const hasLines = cart.lines.length > 0;
  // Managers and admins approve their own discounts; only a clerk needs someone else's credentials.
  const staff = useCurrentStaff();
  const needsApproval = Boolean(quote.data?.needsApproval) && !roleAllows(staff.role, 'manager');

  const focusScan = () => scanRef.current?.focus();
  const closeDialog = () => {
    setDialog(null);
    requestAnimationFrame(focusScan);
  };

  const complete = async (savePending: boolean, approval?: Approval) => {
    if (needsApproval && !approval) {
      setPendingSave(savePending);
      setDialog('approval');
      return;
    }
    try {
      const placing = till.submit(savePending, approval);
      if (!placing) return;
      const receipt = await placing;
      till.newSale();
      void navigate(`/orders/${receipt.id}/receipt?from=till`);
    } catch (error) {
      if (!isApiError(error, 'FORBIDDEN') || !approval) closeDialog();
    }
  };

  useShortcut('F2', focusScan, { inFields: true });
  useShortcut('F3', () => setDialog('customer'), { inFields: true });
  useShortcut('F4', () => setDialog('line-discount'), { inFields: true, enabled: hasLines });
  useShortcut('F6', () => setDialog('order-discount'), { inFields: true, enabled: hasLines });
  // F9 works even before a line just scanned has arrived, so the amount typed next is never lost;
  // what the box holds is selected, so typing replaces it.
  const focusPayment = () => {
    const amount = paymentRef.current?.querySelector<HTMLInputElement>('input[inputmode=decimal]');
    amount?.focus();
    amount?.select();
  };
  useShortcut('F9', focusPayment, { inFields: true });
  useShortcut('F8', () => void complete(true), { inFields: true, enabled: till.canSavePending });
  useShortcut('F12', () => void complete(false), { inFields: true, enabled: till.canComplete });
  useShortcut('F12', till.acceptNewPrices, { inFields: true, enabled: till.priceConflict !== null });
  const park = () => {
    till.park();
    requestAnimationFrame(focusScan);
  };
  useShortcut('F7', park, { inFields: true, enabled: hasLines });
  useShortcut('F10', () => setDialog('parked'), { inFields: true });

  const onEmptyKey = (key: string) => {
    if (!hasLines) return false;
    if (key === '+') dispatch({ type: 'quantity', delta: 1 });
    else if (key === '-') dispatch({ type: 'quantity', delta: -1 });
    else if (key === 'Delete') dispatch({ type: 'remove' });
    else if (key === 'Alt+ArrowUp') dispatch({ type: 'select', delta: -1 });
    else if (key === 'Alt+ArrowDown') dispatch({ type: 'select', delta: 1 });
    else return false;
    return true;
  };

  const placeError = till.priceConflict || isApiError(till.place.error, 'FORBIDDEN') ? null : till.place.error;

  return (
    <Stack gap="md">
      <Group justify="space-between">
        <Title order={2}>New sale</Title>
        <Group gap="xs">
          <Button variant="default" size="xs" disabled={!hasLines} onClick={park} rightSection={<Shortcut keys="F7" />}>
            Park sale
          </Button>
          <Button
            variant="default"
            size="xs"
            onClick={() => setDialog('parked')}
            rightSection={<Shortcut keys="F10" />}
          >
            Parked sales ({till.parked.length})
          </Button>
        </Group>
        <SegmentedControl
          aria-label="Sale channel"
          size="xs"
          value={till.channel}
          onChange={(value) => till.setChannel(value as SaleChannel)}
          data={[
            { value: 'till', label: 'In store' },
            { value: 'phone', label: 'Phone' },
            { value: 'online', label: 'Online' },
          ]}
        />
      </Group>
      <TillShortcuts />
      <Grid gap="lg">
        <Grid.Col span={{ base: 12, md: 8 }}>
          <Stack gap="sm">
            <TillSearch
              inputRef={scanRef}
              onAdd={(line, quantity) => dispatch({ type: 'add', line, quantity })}
              onEmptyKey={onEmptyKey}
            />
            <CartTable cart={cart} priced={till.live.priced} quote={quote.data} />
            <ErrorAlert error={quote.error} />
            {till.live.error && <Alert color="red">{till.live.error}</Alert>}
            <BasketSuggestions productIds={cart.lines.map((line) => line.productId)} />
          </Stack>
        </Grid.Col>
        <Grid.Col span={{ base: 12, md: 4 }}>
          <Paper withBorder p="md">
            <Stack gap="md">
              <Group justify="space-between">
                <Badge variant="light" color={cart.customer ? 'blue' : 'gray'}>
                  {cart.customer ? cart.customer.name : 'Walk-in'}
                </Badge>
                <Group gap={4}>
                  {cart.orderDiscount && <Badge color="grape">Order {describeDiscount(cart.orderDiscount)}</Badge>}
                  {needsApproval && till.fresh && <Badge color="orange">Needs approval</Badge>}
                </Group>
              </Group>
              {hasLines && <TotalsPanel priced={till.live.priced} checking={!till.fresh} />}
              <div ref={paymentRef}>
                <PaymentPanel
                  key={till.saleKey}
                  totalCents={hasLines ? till.totalCents : null}
                  storeCreditCents={till.storeCreditCents}
                  payments={till.payments}
                  onAdd={till.addPayment}
                  onRemove={till.removePayment}
                  onClear={till.clearPayments}
                  onLeave={focusScan}
                  onFocusAmount={focusPayment}
                />
              </div>
              {till.priceConflict && (
                <PriceConflict changes={till.priceConflict} cartLines={cart.lines} onAccept={till.acceptNewPrices} />
              )}
              <ErrorAlert
                error={placeError}
                titles={{
                  INSUFFICIENT_STOCK: 'Not enough stock',
                  VALIDATION: 'Not complete',
                  // The cart and its payments stay on screen: Complete again once the saving is done.
                  SAVING_IN_PROGRESS: 'Not sold yet: the sale is kept',
                }}
              />
              <Button
                size="lg"
                disabled={!till.canComplete}
                loading={till.place.isPending && !pendingSave}
                onClick={() => void complete(false)}
                rightSection={<Shortcut keys="F12" />}
              >
                Complete sale
              </Button>
              <Button
                variant="default"
                disabled={!till.canSavePending}
                onClick={() => void complete(true)}
                rightSection={<Shortcut keys="F8" />}
              >
                Save as pending
              </Button>
            </Stack>
          </Paper>
        </Grid.Col>
      </Grid>
      <DiscountDialog
        title={`Discount on ${cart.lines[cart.selected]?.name ?? 'the line'}`}
        opened={dialog === 'line-discount'}
        onApply={(discount) => {
          dispatch({ type: 'lineDiscount', discount });
          closeDialog();
        }}
        onClose={closeDialog}
      />
      <DiscountDialog
        title="Discount on the whole order"
        opened={dialog === 'order-discount'}
        onApply={(discount) => {
          dispatch({ type: 'orderDiscount', discount });
          closeDialog();
        }}
        onClose={closeDialog}
      />
      <CustomerDialog
        opened={dialog === 'customer'}
        onPick={(customer) => {
          dispatch({ type: 'customer', customer });
          closeDialog();
        }}
        onClose={closeDialog}
      />
      <ParkedSalesDialog
        opened={dialog === 'parked'}
        parked={till.parked}
        onResume={(id) => {
          till.resume(id);
          closeDialog();
        }}
        onDiscard={till.discardParked}
        onClose={closeDialog}
      />
      <ApprovalDialog
        opened={dialog === 'approval'}
        confirmLabel="Approve and complete"
        loading={till.place.isPending}
        error={isApiError(till.place.error, 'FORBIDDEN') ? till.place.error : null}
        onApprove={(approval) => void complete(pendingSave, approval)}
        onClose={closeDialog}
      >
        This sale has a discount of {formatPercentBp(quote.data?.discountBp ?? 0)}, above the{' '}
        {formatPercentBp(quote.data?.approvalThresholdBp ?? 0)} a clerk may give.
      </ApprovalDialog>
    </Stack>
  );
}

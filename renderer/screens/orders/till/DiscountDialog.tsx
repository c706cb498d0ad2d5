import { Button, Group, Modal, Stack, Text, TextInput } from '@mantine/core';
import { useRef, useState } from 'react';
import { useFocusFirstError } from '../../../lib/useFocusFirstError';
import type { Discount } from '../../../../shared/pricing';
import { discountExamples, parseDiscount } from './discount-text';
import { INSTANT } from './instant';

/** Asks for a discount: "10 %" takes a percentage off, "2,50" an amount (in the locale's marks); empty removes it. */
export function DiscountDialog({
  title,
  opened,
  onApply,
  onClose,
}: {
  title: string;
  opened: boolean;
  onApply: (discount: Discount | undefined) => void;
  onClose: () => void;
}) {
  return (
    <Modal opened={opened} onClose={onClose} title={title} centered transitionProps={INSTANT}>
      {opened && <DiscountForm onApply={onApply} onClose={onClose} />}
    </Modal>
  );
}

function DiscountForm({
  onApply,
  onClose,
}: {
  onApply: (discount: Discount | undefined) => void;
  onClose: () => void;
}) {
  const [text, setText] = useState('');
  const [error, setError] = useState<string | null>(null);
  const formRef = useRef<HTMLFormElement>(null);
  useFocusFirstError(formRef, error);
  const examples = discountExamples();
  return (
    <form
      ref={formRef}
      onSubmit={(event) => {
        event.preventDefault();
        const discount = parseDiscount(text);
        if (discount === null) {
          setError(`Type a percentage like ${examples.percent} or an amount like ${examples.amount}`);
          return;
        }
        onApply(discount);
      }}
    >
      <Stack gap="sm">
        <TextInput
          label="Discount"
          description={`${examples.percent} for a percentage, ${examples.amount} for an amount; leave empty to remove the discount`}
          data-autofocus
          autoFocus
          autoComplete="off"
          value={text}
          error={error}
          onChange={(event) => {
            setText(event.currentTarget.value);
            setError(null);
          }}
        />
        <Text size="xs" c="dimmed">
          Enter applies, Esc goes back.
        </Text>
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            Go back
          </Button>
          <Button type="submit">Apply discount</Button>
        </Group>
      </Stack>
    </form>
  );
}

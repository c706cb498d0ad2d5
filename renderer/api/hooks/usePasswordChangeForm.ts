import { useRef, useState, type FormEvent } from 'react';
import { contract } from '../../../shared/contract';
import { apiFieldErrors } from '../../components/inventory/api-field-errors';
import { useFocusFirstError } from '../../lib/useFocusFirstError';
import { validate, type FieldErrors } from '../../lib/validate';
import { useChangePassword } from './useAccount';

const EMPTY = { currentPassword: '', newPassword: '', repeat: '' };

/**
 * The one form for changing one's own password (after an admin's reset, or from My account):
 * the current password, the new one twice, checked against the contract before it is sent.
 * `onChanged` runs once the host has taken it; the fields are then cleared. A refusal about one
 * field (the current password wrong, the new one the same) shows at that field; `formError` is
 * any other, for the form's alert.
 */
export function usePasswordChangeForm(onChanged?: () => void) {
  const change = useChangePassword();
  const [values, setValues] = useState(EMPTY);
  const [localErrors, setErrors] = useState<FieldErrors>({});
  const serverErrors = apiFieldErrors(change.error);
  const errors = { ...serverErrors, ...localErrors };
  const formError = Object.keys(serverErrors).length === 0 ? change.error : null;
  const formRef = useRef<HTMLFormElement>(null);
  useFocusFirstError(formRef, errors);

  const field = (name: keyof typeof EMPTY) => ({
    value: values[name],
    error: errors[name],
    onChange: (event: { currentTarget: HTMLInputElement }) => {
      const value = event.currentTarget.value;
      setValues((current) => ({ ...current, [name]: value }));
    },
  });

  function submit(event: FormEvent) {
    event.preventDefault();
    const { repeat, ...input } = values;
    const checked = validate(contract['auth.changePassword'].input, input);
    const found: FieldErrors = checked.ok ? {} : checked.errors;
    if (repeat !== input.newPassword) found.repeat = 'The two new passwords differ';
    setErrors(found);
    if (!checked.ok || found.repeat) return;
    change.mutate(checked.data, {
      onSuccess: () => {
        setValues(EMPTY);
        onChanged?.();
      },
    });
  }

  return { change, formError, field, formRef, submit };
}

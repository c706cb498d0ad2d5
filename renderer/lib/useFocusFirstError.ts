import { useEffect, type RefObject } from 'react';
import type { FieldErrors } from './validate';

/** After a refused submit, the cursor goes to the first field that needs fixing (keyboard-first forms). */
export function useFocusFirstError(formRef: RefObject<HTMLFormElement | null>, errors: FieldErrors): void {
  useEffect(() => {
    formRef.current?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus();
  }, [formRef, errors]);
}

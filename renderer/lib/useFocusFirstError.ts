import { useEffect, type RefObject } from 'react';

/**
 * After a refused submit, the first field that needs fixing is brought to the middle of the view
 * (clear of the sticky header above and of the action bar and notices below) and given the
 * cursor, so a keyboard-first form never leaves the person hunting for what went wrong. `errors`
 * is the form's error state: a new value (a new object or message) after each refused submit.
 */
export function useFocusFirstError(formRef: RefObject<HTMLFormElement | null>, errors: unknown): void {
  useEffect(() => {
    const field = formRef.current?.querySelector<HTMLElement>('[aria-invalid="true"]');
    if (!field) return;
    field.scrollIntoView({ block: 'center' });
    field.focus({ preventScroll: true });
  }, [formRef, errors]);
}

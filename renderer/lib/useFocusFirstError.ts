import { useEffect, useRef, useState, type RefObject } from 'react';

/**
 * After a refused submit, the first field that needs fixing is brought to the middle of the view
 * (clear of the sticky header above and of the action bar and notices below) and given the
 * cursor, so a keyboard-first form never leaves the person hunting for what went wrong.
 *
 * The cursor moves once per submit: a submit of the form arms the move, and it is spent when a
 * field in error gets the cursor, or when the person types into the form before any refusal came
 * back. Error states that change as the person types (an edited field clearing its own error)
 * never pull the cursor away from where they are typing. `errors` is the form's error state; a
 * refusal that arrives later (the host's answer) moves the cursor when it lands.
 */
export function useFocusFirstError(formRef: RefObject<HTMLFormElement | null>, errors: unknown): void {
  const armed = useRef(false);
  // Bumped on every submit, so a refusal that leaves the error state as it was still moves the cursor.
  const [submits, setSubmits] = useState(0);

  useEffect(() => {
    // Listened to on the document: a form inside a dialog mounts after this hook does. The submit is
    // heard as it bubbles, after the form's own handler: the errors that handler sets, and the
    // request it sends (clearing the last refusal), are in place before the cursor moves, so it
    // never follows an error of the submit before.
    const ownForm = (target: EventTarget | null) =>
      formRef.current !== null && target instanceof Node && formRef.current.contains(target);
    const onSubmit = (event: Event) => {
      if (event.target !== formRef.current) return;
      armed.current = true;
      setSubmits((count) => count + 1);
    };
    const onInput = (event: Event) => {
      if (ownForm(event.target)) armed.current = false;
    };
    document.addEventListener('submit', onSubmit);
    document.addEventListener('input', onInput, true);
    return () => {
      document.removeEventListener('submit', onSubmit);
      document.removeEventListener('input', onInput, true);
    };
  }, [formRef]);

  useEffect(() => {
    if (!armed.current) return;
    // Mantine's PasswordInput marks its input in error with data-invalid only, not aria-invalid.
    const field = formRef.current?.querySelector<HTMLElement>('[aria-invalid="true"], input[data-invalid]');
    if (!field) return;
    armed.current = false;
    field.scrollIntoView({ block: 'center' });
    field.focus({ preventScroll: true });
  }, [formRef, errors, submits]);
}

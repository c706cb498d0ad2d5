import { useRef, useState, type ChangeEvent } from 'react';
import { useFocusFirstError } from './useFocusFirstError';
import type { FieldErrors } from './validate';

type TextKey<Values> = { [K in keyof Values]: Values[K] extends string ? K : never }[keyof Values];

/**
 * An edit form's values and field errors. Editing a field clears its own error. `errors` lays the
 * form's own checks (`setLocalErrors`, after a refused submit) over the host's refusals, both keyed
 * by the contract's field names, and after a refused submit (the form's own check or the host's)
 * the cursor goes to the first field in error, once (the form element takes `formRef`).
 */
export function useFormFields<Values extends object>(initial: Values, serverErrors: FieldErrors) {
  const formRef = useRef<HTMLFormElement>(null);
  const [values, setValues] = useState(initial);
  const [localErrors, setLocalErrors] = useState<FieldErrors>({});
  const errors = { ...serverErrors, ...localErrors };
  useFocusFirstError(formRef, errors);

  function set<K extends keyof Values>(key: K, value: Values[K]) {
    setValues((current) => ({ ...current, [key]: value }));
    setLocalErrors((current) => ({ ...current, [key]: undefined }));
  }
  /** Value, change handler and error of a text input bound to a string field. */
  const text = (key: TextKey<Values>) => ({
    value: values[key] as string,
    error: errors[key as string],
    onChange: (event: ChangeEvent<HTMLInputElement | HTMLTextAreaElement>) =>
      set(key, event.currentTarget.value as Values[typeof key]),
  });
  return { formRef, values, set, errors, setLocalErrors, text };
}

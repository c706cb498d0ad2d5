import { Anchor, Button, PasswordInput, Stack, TextInput } from '@mantine/core';
import { useRef, useState, type FormEvent } from 'react';
import { contract } from '../../../shared/contract';
import { isApiError } from '../../api/ApiError';
import { useLogin, usePinLogin } from '../../api/hooks/useSession';
import { CenteredPanel } from '../../components/CenteredPanel';
import { ErrorAlert } from '../../components/ErrorAlert';
import { useFocusFirstError } from '../../lib/useFocusFirstError';
import { validate, type FieldErrors } from '../../lib/validate';

const LOGIN_ERROR_TITLES = { UNAUTHENTICATED: 'Could not log you in', LOCKED_OUT: 'Too many attempts' };

/**
 * Logs in with a password, or with a PIN for quick switching at a shared till. A password an
 * admin reset leads on to choosing a new one (the change-password step).
 */
export function LoginScreen({ storeName }: { storeName: string | null }) {
  const login = useLogin();
  const pinLogin = usePinLogin();
  const [withPin, setWithPin] = useState(false);
  const [username, setUsername] = useState('');
  const [secret, setSecret] = useState('');
  const [errors, setErrors] = useState<FieldErrors>({});
  const formRef = useRef<HTMLFormElement>(null);
  useFocusFirstError(formRef, errors);
  const secretRef = useRef<HTMLInputElement>(null);
  const attempt = withPin ? pinLogin : login;

  // A wrong secret is retyped, not edited: clear it and put the cursor back there.
  const onError = (error: Error) => {
    if (isApiError(error, 'UNAUTHENTICATED')) {
      setSecret('');
      secretRef.current?.focus();
    }
  };

  function submit(event: FormEvent) {
    event.preventDefault();
    if (withPin) {
      const checked = validate(contract['auth.pinLogin'].input, { username, pin: secret });
      setErrors(checked.ok ? {} : { username: checked.errors.username, secret: checked.errors.pin });
      if (checked.ok) pinLogin.mutate(checked.data, { onError });
      return;
    }
    const checked = validate(contract['auth.login'].input, { username, password: secret });
    setErrors(checked.ok ? {} : { username: checked.errors.username, secret: checked.errors.password });
    if (checked.ok) login.mutate(checked.data, { onError });
  }

  function switchMethod() {
    setWithPin((current) => !current);
    setSecret('');
    setErrors({});
    login.reset();
    pinLogin.reset();
  }

  return (
    <CenteredPanel title="Log in" subtitle={storeName ?? undefined}>
      <form ref={formRef} onSubmit={submit} noValidate>
        <Stack gap="md">
          <TextInput
            label="Username"
            autoComplete="username"
            autoFocus
            value={username}
            onChange={(event) => setUsername(event.currentTarget.value)}
            error={errors.username}
          />
          <PasswordInput
            ref={secretRef}
            label={withPin ? 'PIN' : 'Password'}
            autoComplete={withPin ? 'off' : 'current-password'}
            inputMode={withPin ? 'numeric' : undefined}
            maxLength={withPin ? 6 : 200}
            value={secret}
            onChange={(event) => setSecret(event.currentTarget.value)}
            error={errors.secret}
          />
          <ErrorAlert error={attempt.error} titles={LOGIN_ERROR_TITLES} />
          <Button type="submit" loading={attempt.isPending} fullWidth>
            Log in
          </Button>
          <Anchor component="button" type="button" size="sm" onClick={switchMethod}>
            {withPin ? 'Use a password instead' : 'Use a PIN instead'}
          </Anchor>
        </Stack>
      </form>
    </CenteredPanel>
  );
}

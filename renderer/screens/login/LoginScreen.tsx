import { Button, PasswordInput, Stack, TextInput } from '@mantine/core';
import { useRef, useState, type FormEvent } from 'react';
import { contract } from '../../../shared/contract';
import { isApiError } from '../../api/ApiError';
import { useLogin } from '../../api/hooks/useSession';
import { CenteredPanel } from '../../components/CenteredPanel';
import { ErrorAlert } from '../../components/ErrorAlert';
import { useFocusFirstError } from '../../lib/useFocusFirstError';
import { validate, type FieldErrors } from '../../lib/validate';

const LOGIN_ERROR_TITLES = { UNAUTHENTICATED: 'Could not log you in', LOCKED_OUT: 'Too many attempts' };

export function LoginScreen({ storeName }: { storeName: string | null }) {
  const login = useLogin();
  const [username, setUsername] = useState('');
  const [password, setPassword] = useState('');
  const [errors, setErrors] = useState<FieldErrors>({});
  const formRef = useRef<HTMLFormElement>(null);
  useFocusFirstError(formRef, errors);
  const passwordRef = useRef<HTMLInputElement>(null);

  function submit(event: FormEvent) {
    event.preventDefault();
    const checked = validate(contract['auth.login'].input, { username, password });
    setErrors(checked.ok ? {} : checked.errors);
    if (!checked.ok) return;
    login.mutate(checked.data, {
      onError: (error) => {
        // A wrong password is retyped, not edited: clear it and put the cursor back there.
        if (isApiError(error, 'UNAUTHENTICATED')) {
          setPassword('');
          passwordRef.current?.focus();
        }
      },
    });
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
            ref={passwordRef}
            label="Password"
            autoComplete="current-password"
            value={password}
            onChange={(event) => setPassword(event.currentTarget.value)}
            error={errors.password}
          />
          <ErrorAlert error={login.error} titles={LOGIN_ERROR_TITLES} />
          <Button type="submit" loading={login.isPending} fullWidth>
            Log in
          </Button>
        </Stack>
      </form>
    </CenteredPanel>
  );
}

import { Anchor, Box, Button, Paper, PasswordInput, Stack, Text, Title } from '@mantine/core';
import { useFocusTrap } from '@mantine/hooks';
import { useEffect, useRef, useState, type FormEvent } from 'react';
import { useAccessGate, useLockScreen, useSessionSettings, useUnlock } from '../api/hooks/useAccount';
import { useCurrentStaff, useLogout } from '../api/hooks/useSession';
import { ErrorAlert } from './ErrorAlert';

/** Input that counts as someone at the screen. */
const ACTIVITY = ['pointerdown', 'pointermove', 'keydown', 'wheel', 'touchstart'] as const;

/**
 * Locks the screen after the admin's idle-lock minutes, on Ctrl+L, or from the header's Lock
 * button, and covers it until the PIN or password is given. The host refuses the session's calls
 * meanwhile, so a reload or a second tab shows the same cover.
 */
export function ScreenLock() {
  const gate = useAccessGate();
  const lock = useLockScreen();
  const settings = useSessionSettings();
  const lockAfterMinutes = settings.data?.lockAfterMinutes;
  const { mutate } = lock;

  useEffect(() => {
    function onKey(event: KeyboardEvent) {
      if ((event.ctrlKey || event.metaKey) && event.key.toLowerCase() === 'l') {
        event.preventDefault();
        mutate();
      }
    }
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [mutate]);

  useEffect(() => {
    if (gate !== 'open' || lockAfterMinutes === undefined) return;
    let timer = window.setTimeout(() => mutate(), lockAfterMinutes * 60_000);
    const restart = () => {
      window.clearTimeout(timer);
      timer = window.setTimeout(() => mutate(), lockAfterMinutes * 60_000);
    };
    for (const name of ACTIVITY) window.addEventListener(name, restart, { passive: true });
    return () => {
      window.clearTimeout(timer);
      for (const name of ACTIVITY) window.removeEventListener(name, restart);
    };
  }, [gate, lockAfterMinutes, mutate]);

  return gate === 'locked' ? <LockScreen /> : null;
}

function LockScreen() {
  const staff = useCurrentStaff();
  const unlock = useUnlock();
  const logout = useLogout();
  const [usePassword, setUsePassword] = useState(!staff.hasPin);
  const [secret, setSecret] = useState('');
  const inputRef = useRef<HTMLInputElement>(null);
  // Tab stays on the cover, or it would walk into the screen behind: a dialog open there traps it
  // for good, and the password typed next lands in one of its fields. The cover itself takes the
  // focus of a click on it, so Tab goes on from there too.
  const trapRef = useFocusTrap();

  useEffect(() => inputRef.current?.focus(), [usePassword]);

  function submit(event: FormEvent) {
    event.preventDefault();
    if (secret === '') return;
    unlock.mutate(usePassword ? { password: secret } : { pin: secret }, {
      onSettled: () => setSecret(''),
      onError: () => inputRef.current?.focus(),
    });
  }

  return (
    <Box
      ref={trapRef}
      role="dialog"
      aria-modal="true"
      aria-label="Screen locked"
      tabIndex={-1}
      pos="fixed"
      inset={0}
      style={{ zIndex: 1000, backdropFilter: 'blur(12px)', display: 'grid', placeItems: 'center', outline: 'none' }}
      bg="var(--mantine-color-body)"
    >
      <Paper withBorder shadow="md" radius="md" p="xl" w={380} maw="100%">
        <form onSubmit={submit} noValidate>
          <Stack gap="md">
            <div>
              <Title order={2}>Locked</Title>
              <Text c="dimmed">{staff.displayName} is signed in. Unlock to continue.</Text>
            </div>
            <PasswordInput
              ref={inputRef}
              label={usePassword ? 'Password' : 'PIN'}
              autoComplete={usePassword ? 'current-password' : 'off'}
              inputMode={usePassword ? undefined : 'numeric'}
              maxLength={usePassword ? 200 : 6}
              value={secret}
              onChange={(event) => setSecret(event.currentTarget.value)}
            />
            <ErrorAlert error={unlock.error} titles={{ VALIDATION: 'Could not unlock' }} />
            <Button type="submit" loading={unlock.isPending} fullWidth>
              Unlock
            </Button>
            {staff.hasPin && (
              <Anchor component="button" type="button" size="sm" onClick={() => setUsePassword((value) => !value)}>
                {usePassword ? 'Use my PIN instead' : 'Use my password instead'}
              </Anchor>
            )}
            <Button variant="subtle" onClick={() => logout.mutate()} loading={logout.isPending}>
              Log out
            </Button>
          </Stack>
        </form>
      </Paper>
    </Box>
  );
}

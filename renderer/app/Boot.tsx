import { Button } from '@mantine/core';
import { RouterProvider } from 'react-router';
import { useAccessGate } from '../api/hooks/useAccount';
import { useReloadAfterRestore } from '../api/hooks/useBackups';
import { useSession, useSessionExpiryWatch } from '../api/hooks/useSession';
import { useSetupStatus } from '../api/hooks/useSetup';
import { CenteredPanel } from '../components/CenteredPanel';
import { ErrorAlert } from '../components/ErrorAlert';
import { ScreenLock } from '../components/LockScreen';
import { Splash } from '../components/Splash';
import { ChangePasswordScreen } from '../screens/login/ChangePasswordScreen';
import { LoginScreen } from '../screens/login/LoginScreen';
import { FirstRunScreen } from '../screens/setup/FirstRunScreen';
import { router } from './router';

/** Decides what the window shows: first run, login, a forced password change, or the app (locked or not). */
export function Boot() {
  const status = useSetupStatus();
  const session = useSession();
  useSessionExpiryWatch();
  useReloadAfterRestore();
  const gate = useAccessGate();

  if (status.isPending) return <Splash />;
  if (status.isError) return <Unreachable error={status.error} retry={() => void status.refetch()} />;
  if (status.data.needsSetup) return <FirstRunScreen />;
  if (session.status === 'checking') return <Splash />;
  if (session.status === 'failed') return <Unreachable error={session.error} retry={session.retry} />;
  if (session.status === 'signedOut') return <LoginScreen storeName={status.data.storeName} />;
  if (gate === 'passwordChange' || session.staff.mustChangePassword) {
    return <ChangePasswordScreen staff={session.staff} />;
  }
  return (
    <>
      <RouterProvider router={router} />
      <ScreenLock />
    </>
  );
}

function Unreachable({ error, retry }: { error: Error; retry: () => void }) {
  return (
    <CenteredPanel title="Cannot reach Backroom">
      <ErrorAlert error={error} />
      <Button onClick={retry} autoFocus>
        Try again
      </Button>
    </CenteredPanel>
  );
}

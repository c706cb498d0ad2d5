import { Button } from '@mantine/core';
import { RouterProvider } from 'react-router';
import { useSession, useSessionExpiryWatch } from '../api/hooks/useSession';
import { useSetupStatus } from '../api/hooks/useSetup';
import { CenteredPanel } from '../components/CenteredPanel';
import { ErrorAlert } from '../components/ErrorAlert';
import { Splash } from '../components/Splash';
import { LoginScreen } from '../screens/login/LoginScreen';
import { FirstRunScreen } from '../screens/setup/FirstRunScreen';
import { router } from './router';

/** Decides what the window shows: first run, login, or the app itself. */
export function Boot() {
  const status = useSetupStatus();
  const session = useSession();
  useSessionExpiryWatch();

  if (status.isPending) return <Splash />;
  if (status.isError) return <Unreachable error={status.error} retry={() => void status.refetch()} />;
  if (status.data.needsSetup) return <FirstRunScreen />;
  if (session.status === 'checking') return <Splash />;
  if (session.status === 'failed') return <Unreachable error={session.error} retry={session.retry} />;
  if (session.status === 'signedOut') return <LoginScreen storeName={status.data.storeName} />;
  return <RouterProvider router={router} />;
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
